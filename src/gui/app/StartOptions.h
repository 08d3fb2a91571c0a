// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ntm::gui {

/// The command line of ntm-tracker: `[OPTION]... [FILE]`. main() reads it twice: once before the QApplication
/// exists, so that --help and --version answer without a display (help2man runs them while building to write the
/// man page, from this same text), and once after Qt has taken its own options (-platform, -style...) out.
struct StartOptions
{
    enum class Action
    {
        Run,
        Help,
        Version,
        UsageError
    };

    Action action = Action::Run;
    QString file;                ///< The database to open; empty for the last one (or the default one).
    bool quitAfterShown = false; ///< Leave once the main window is drawn with its data (scripts/bench.sh).
    QString error;               ///< For UsageError: what is wrong, one line.

    /// `args` without the program's name.
    static StartOptions parse(const QStringList& args);
    /// The text of --help (English, like the man page made from it).
    static QString usage();
    /// The text of --version: "ntm-tracker 0.2.0" and the licence.
    static QString versionText();
    /// Writes what `options` asks for (help, version, or the error and a hint) to stdout or stderr and returns the
    /// exit code (0, or 2 for a usage error); -1 when the program should run.
    static int answer(const StartOptions& options);
};

} // namespace ntm::gui
