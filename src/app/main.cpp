// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-tracker: the desktop program. Opens the database given on the command line, else the last one, else
// the default database (created with the Hà Tĩnh demo data on first run).
//
// --quit-after-shown quits as soon as the main window has been shown with its data and painted: the benchmark
// (scripts/bench.sh) times a cold start with it. It leaves at once, without saving the window's state or freeing
// memory one object at a time: the start is what is measured, not the teardown.
#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Translations.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace ntm::gui;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ntm-tracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("NTM Tracker"));
    QApplication::setOrganizationName(QStringLiteral("NTM Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(NTM_VERSION));
    AppSettings settings;
    Translations::install(settings.language());

    QStringList args = QApplication::arguments();
    args.removeFirst();
    const bool quitAfterShown = args.removeAll(QStringLiteral("--quit-after-shown")) > 0;
    DatabaseSession session;
    MainWindow window(session, settings);
    window.show();
    window.openAtStart(args.isEmpty() ? QString() : args.constFirst());
    if (quitAfterShown) {
        // Posted after the window's expose and paint events: it runs once the first frame with the data is drawn.
        QTimer::singleShot(0, &app, [&window] {
            window.repaint();
            std::fflush(nullptr);
            std::_Exit(0);
        });
    }
    return QApplication::exec();
}
