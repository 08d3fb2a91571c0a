// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-screenshots: renders the program's views offscreen into PNG files for docs/screenshots, from a demo
// database, so the pictures in the docs are always of the current build. Usage: ntm-screenshots OUTDIR
#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "app/Translations.h"
#include "demo/DemoBuilder.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <functional>

using namespace ntm::gui;

namespace {
struct Scene
{
    const char* file;
    std::function<void(MainWindow&)> prepare;
};

void setAsOf(MainWindow& w, const QDate& d)
{
    w.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(d);
}

void search(MainWindow& w, const QString& text)
{
    w.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(text);
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: ntm-screenshots OUTDIR" << Qt::endl;
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outDir);
    QTemporaryDir tmp;
    Translations::install(QStringLiteral("vi"));
    Messages::setRecording(true);
    DatabaseSession session;
    if (const auto s = session.create(tmp.filePath(QStringLiteral("demo.ntm")), true); !s) {
        err << s.error().message << Qt::endl;
        return 1;
    }
    const QList<Scene> scenes{
        {"main-window-2026.png", [](MainWindow& w) { setAsOf(w, QDate(2026, 11, 15)); }},
        {"main-window-2018-districts.png",
         [](MainWindow& w) {
             setAsOf(w, QDate(2018, 12, 31));
             w.findChild<QTreeView*>(QStringLiteral("tree"))->collapseAll();
         }},
        {"main-window-2016-search-duc.png",
         [](MainWindow& w) {
             setAsOf(w, QDate(2016, 10, 1));
             search(w, QStringLiteral("duc"));
         }},
    };
    for (const Scene& scene : scenes) {
        AppSettings settings(std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        MainWindow window(session, settings);
        window.resize(1200, 760);
        window.show();
        scene.prepare(window);
        QApplication::processEvents();
        const QString path = outDir + QLatin1Char('/') + QLatin1String(scene.file);
        if (!window.grab().save(path)) {
            err << "cannot write " << path << Qt::endl;
            return 1;
        }
        err << "wrote " << path << Qt::endl;
    }
    return 0;
}
