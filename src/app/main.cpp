// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-tracker: the desktop program. Opens the database given on the command line, else the last one, else
// the default database (created with the Hà Tĩnh demo data on first run). `ntm-tracker --help` says the rest.
//
// --quit-after-shown quits as soon as the main window has been shown with its data and painted: the benchmark
// (scripts/bench.sh) times a cold start with it. It leaves at once, without saving the window's state or freeing
// memory one object at a time: the start is what is measured, not the teardown.
#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/StartOptions.h"
#include "app/Translations.h"
#include "shell/MainWindow.h"
#include "util/ProgramVersion.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace ntm::gui;

int main(int argc, char* argv[])
{
    {
        // --help and --version first, without a QApplication: they must work where there is no display.
        QStringList words;
        for (int i = 1; i < argc; ++i) {
            words.append(QString::fromLocal8Bit(argv[i]));
        }
        const StartOptions early = StartOptions::parse(words);
        if (early.action == StartOptions::Action::Help || early.action == StartOptions::Action::Version) {
            return StartOptions::answer(early);
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ntm-tracker"));
    QApplication::setApplicationDisplayName(ntm::core::ProgramVersion::name());
    QApplication::setOrganizationName(QStringLiteral("NTM Tracker"));
    QApplication::setApplicationVersion(ntm::core::ProgramVersion::text());
    // The desktop entry's name: Wayland compositors match the window to the entry (and its icon) by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ntmtracker.NtmTracker"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ntm-tracker.png")));
    // Qt has taken its own options (-platform, -style...) out of the arguments by now.
    const StartOptions options = StartOptions::parse(QApplication::arguments().mid(1));
    if (const int code = StartOptions::answer(options); code >= 0) {
        return code;
    }
    AppSettings settings;
    Translations::install(settings.language());

    DatabaseSession session;
    MainWindow window(session, settings);
    window.show();
    window.openAtStart(options.file);
    if (options.quitAfterShown) {
        // Posted after the window's expose and paint events: it runs once the first frame with the data is drawn.
        QTimer::singleShot(0, &app, [&window] {
            window.repaint();
            std::fflush(nullptr);
            std::_Exit(0);
        });
    }
    return QApplication::exec();
}
