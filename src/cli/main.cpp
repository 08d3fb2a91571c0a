// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli: the command-line companion of NTM Tracker (see README.md, "Command line").
#include "CliCommands.h"
#include "CliSupport.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ntm-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("NTM Tracker"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList words = QCoreApplication::arguments();
    words.removeFirst();
    return ntm::cli::runCommand(words, out, err);
}
