// SPDX-License-Identifier: GPL-3.0-or-later
// --version and --help of both programs, as scripts and help2man (which writes the man pages from them) run them:
// the real binaries, without a display.
#include "TestSupport.h"

#include "util/ProgramVersion.h"

#include <QProcess>

using namespace ntm::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs a program with no display at all: --help and --version must not need one.
Run run(const QString& program, const QStringList& args, bool offscreen = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("ntm-cli --version and ntm-tracker --version print the program's version", "[cli][version]")
{
    const QString version = ntm::core::ProgramVersion::text();
    const Run cli = run(QStringLiteral(NTM_CLI_PATH), {QStringLiteral("--version")});
    CHECK(cli.code == 0);
    CHECK(cli.out.startsWith(QStringLiteral("ntm-cli ") + version + QLatin1Char('\n')));
    const Run tracker = run(QStringLiteral(NTM_TRACKER_PATH), {QStringLiteral("--version")});
    INFO(tracker.err.toStdString());
    CHECK(tracker.code == 0);
    CHECK(tracker.out.startsWith(QStringLiteral("ntm-tracker ") + version + QLatin1Char('\n')));
    CHECK(tracker.err.isEmpty());
}

TEST_CASE("ntm-cli --help and ntm-tracker --help print their usage, and wrong usage is exit 2", "[cli][version]")
{
    const Run cli = run(QStringLiteral(NTM_CLI_PATH), {QStringLiteral("--help")});
    CHECK(cli.code == 0);
    CHECK(cli.out.startsWith(QStringLiteral("Usage: ntm-cli COMMAND FILE [options]")));
    for (const char* command : {"init", "demo", "stats", "rotation-impact", "criteria-import", "export", "import",
                                "import-sheet", "commune", "report", "export-review", "generate", "--version"}) {
        CHECK(cli.out.contains(QStringLiteral("  ") + QLatin1String(command) + QLatin1Char(' ')));
    }
    const Run tracker = run(QStringLiteral(NTM_TRACKER_PATH), {QStringLiteral("--help")});
    CHECK(tracker.code == 0);
    CHECK(tracker.out.startsWith(QStringLiteral("Usage: ntm-tracker [OPTION]... [FILE]")));
    CHECK(tracker.out.contains(QStringLiteral("nông thôn mới"))); // UTF-8 on stdout

    // An unknown option is refused after Qt has taken its own (-platform) out.
    const Run wrong = run(QStringLiteral(NTM_TRACKER_PATH),
                          {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--frobnicate")});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(QStringLiteral("unknown option \"--frobnicate\"")));
}
