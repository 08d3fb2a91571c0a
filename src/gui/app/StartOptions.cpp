// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/StartOptions.h"

#include "util/ProgramVersion.h"

#include <QTextStream>

#include <cstdio>

namespace ntm::gui {

StartOptions StartOptions::parse(const QStringList& args)
{
    StartOptions options;
    // --help and --version win wherever they stand, as in GNU programs.
    for (const QString& a : args) {
        if (a == QLatin1String("--")) {
            break;
        }
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            options.action = Action::Help;
            return options;
        }
        if (a == QLatin1String("--version")) {
            options.action = Action::Version;
        }
    }
    if (options.action == Action::Version) {
        return options;
    }
    bool optionsEnded = false;
    for (const QString& a : args) {
        if (!optionsEnded && a == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && a == QLatin1String("--quit-after-shown")) {
            options.quitAfterShown = true;
        } else if (!optionsEnded && a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            options.action = Action::UsageError;
            options.error = QStringLiteral("unknown option \"%1\"").arg(a);
            return options;
        } else if (!options.file.isEmpty()) {
            options.action = Action::UsageError;
            options.error = QStringLiteral("one database at a time: \"%1\" and \"%2\"").arg(options.file, a);
            return options;
        } else {
            options.file = a;
        }
    }
    return options;
}

QString StartOptions::usage()
{
    // help2man turns this into ntm-tracker(1): "Usage:" makes the synopsis, lines starting with "-" the options.
    return QStringLiteral(
        "Usage: ntm-tracker [OPTION]... [FILE]\n"
        "Open NTM Tracker, the desktop program for the rotation of officials into communes and the communes'\n"
        "progress in the New Rural Development programme (nông thôn mới), on the database FILE (an .ntm file).\n"
        "Without FILE it opens the database used last, else the default database, which it creates with the\n"
        "Hà Tĩnh demo data at the first start.\n"
        "\n"
        "Options:\n"
        "  -h, --help              show this help and exit\n"
        "      --version           show the version and exit\n"
        "      --quit-after-shown  quit as soon as the main window is drawn with its data (to time a start)\n"
        "\n"
        "Qt's own options are accepted too, e.g. -platform offscreen or -style fusion.\n"
        "\n"
        "Exit status: 0 when the program is closed normally, 2 on wrong usage.\n");
}

QString StartOptions::versionText()
{
    return QStringLiteral("ntm-tracker %1\n"
                          "License GPL-3.0-or-later: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
                          "This is free software: you are free to change and redistribute it.\n"
                          "There is NO WARRANTY, to the extent permitted by law.\n")
        .arg(core::ProgramVersion::text());
}

int StartOptions::answer(const StartOptions& options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (options.action) {
    case Action::Run:
        return -1;
    case Action::Help:
        out << usage() << Qt::flush;
        return 0;
    case Action::Version:
        out << versionText() << Qt::flush;
        return 0;
    case Action::UsageError:
        err << "ntm-tracker: " << options.error << "\nTry \"ntm-tracker --help\" for more information.\n" << Qt::flush;
        return 2;
    }
    return -1;
}

} // namespace ntm::gui
