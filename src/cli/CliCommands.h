// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ntm::cli {

/// Runs one ntm-cli command (the words after the program name); writes results to `out`, messages to `err`.
int runCommand(const QStringList& words, QTextStream& out, QTextStream& err);

/// True when the command in `words` draws (a report) and so needs a QApplication rather than a QCoreApplication.
bool needsGuiApplication(const QStringList& words);

/// The usage text shown by --help and after a usage error (help2man makes the man page ntm-cli(1) from it).
QString usage();

/// The text of --version: "ntm-cli 0.2.0" and the licence.
QString versionText();

} // namespace ntm::cli
