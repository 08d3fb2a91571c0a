// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli: the command-line companion of NTM Tracker (see README.md, "Command line").
#include "CliCommands.h"
#include "CliSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
QtMessageHandler g_qtHandler = nullptr;

/// Scripts read ntm-cli's stderr as one line per problem. A GUI application started from cron or a service has no
/// XDG_RUNTIME_DIR and Qt says so on stderr; that notice is about the environment, not the command: drop it.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: "))) {
        return;
    }
    g_qtHandler(type, context, message);
}
} // namespace

int main(int argc, char* argv[])
{
    QStringList words;
    for (int i = 1; i < argc; ++i) {
        words.append(QString::fromLocal8Bit(argv[i]));
    }
    // Only the commands that draw (report) pay for a GUI application; without a display they draw offscreen.
    const bool gui = ntm::cli::needsGuiApplication(words);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (gui) {
        g_qtHandler = qInstallMessageHandler(quietHandler);
    }
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ntm-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("NTM Tracker"));
    // Qt's own reading of the command line: on Windows the wide-character one, so that Vietnamese names and paths
    // survive, where argv holds them in the ANSI code page (docs/windows.md). The command's name above is ASCII.
    words = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ntm::cli::runCommand(words, out, err);
}
