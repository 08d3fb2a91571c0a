// SPDX-License-Identifier: GPL-3.0-or-later
// Who may read what ntm-cli writes (docs/security.md): databases, copies and packages for their owner only, under
// the usual umask 022; --readable-by-all for a package; an old database open to others tightened with a warning.
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/stat.h>

using namespace ntm::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(NTM_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void runOk(const QStringList& args)
{
    const Run r = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + r.err.toStdString());
    REQUIRE(r.code == 0);
}

} // namespace

TEST_CASE("ntm-cli makes databases, copies and packages for their owner only", "[file][permissions]")
{
    const ScopedUmask umask(022);
    TempFolder tmp;
    const QString db = tmp.path(QStringLiteral("tinh.ntm"));
    runOk({QStringLiteral("init"), db});
    CHECK(modeOf(db) == 0600);

    const QString copy = tmp.path(QStringLiteral("ban-sao.ntm"));
    runOk({QStringLiteral("copy"), db, copy});
    CHECK(modeOf(copy) == 0600);

    const QString generated = tmp.path(QStringLiteral("quoc-gia.ntm"));
    runOk({QStringLiteral("generate"), generated, QStringLiteral("--communes"), QStringLiteral("40"),
           QStringLiteral("--districts"), QStringLiteral("4"), QStringLiteral("--from"), QStringLiteral("2024"),
           QStringLiteral("--to"), QStringLiteral("2026")});
    CHECK(modeOf(generated) == 0600);

    const QString own = tmp.path(QStringLiteral("goi.json"));
    runOk({QStringLiteral("export"), db, own});
    CHECK(modeOf(own) == 0600);
    const QString shared = tmp.path(QStringLiteral("goi-chung.json"));
    runOk({QStringLiteral("export"), db, shared, QStringLiteral("--readable-by-all")});
    CHECK(modeOf(shared) == 0644);
}

TEST_CASE("ntm-cli tightens an old database that others could read, and says so once", "[file][permissions]")
{
    TempFolder tmp;
    const QString db = tmp.path(QStringLiteral("cu.ntm"));
    runOk({QStringLiteral("init"), db});
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const QStringList stats{QStringLiteral("stats"), db, QStringLiteral("--as-of"), QStringLiteral("2026-01-01")};
    const Run first = cli(stats);
    REQUIRE(first.code == 0);
    CHECK(first.err.contains(QStringLiteral("warning:")));
    CHECK(first.err.contains(QStringLiteral("readable by you only")));
    CHECK(modeOf(db) == 0600);
    const Run second = cli(stats);
    REQUIRE(second.code == 0);
    CHECK_FALSE(second.err.contains(QStringLiteral("warning:")));
}
