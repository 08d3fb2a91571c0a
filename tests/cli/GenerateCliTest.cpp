// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli generate end to end: the real binary, its options, its messages, and a database the other commands read.
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>

#include <nlohmann/json.hpp>

using namespace ntm::test;
using json = nlohmann::json;

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
} // namespace

TEST_CASE("ntm-cli generate builds a small country that stats and commune read", "[cli][generate][file]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("country.ntm"));
    const Run r =
        cli({QStringLiteral("generate"), path, QStringLiteral("--communes"), QStringLiteral("200"),
             QStringLiteral("--districts"), QStringLiteral("10"), QStringLiteral("--from"), QStringLiteral("2010"),
             QStringLiteral("--to"), QStringLiteral("2026"), QStringLiteral("--seed"), QStringLiteral("42")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("rows per second")));
    CHECK(r.out.contains(QStringLiteral("communes: 200 on 30/06/2025, 66 from 01/07/2025")));
    CHECK(r.err.contains(QStringLiteral("generate: ")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));

    const Run stats = cli({QStringLiteral("stats"), path, QStringLiteral("--as-of"), QStringLiteral("2020-12-31"),
                           QStringLiteral("--json")});
    REQUIRE(stats.code == 0);
    const json j = json::parse(stats.out.toStdString());
    CHECK(j["communes"].get<int>() > 150);
    CHECK(j["recognised"].get<int>() > 0);

    const Run again = cli({QStringLiteral("generate"), path, QStringLiteral("--communes"), QStringLiteral("200"),
                           QStringLiteral("--districts"), QStringLiteral("10")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("ntm-cli generate names the option that is wrong", "[cli][generate][file]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("bad.ntm"));
    const Run notNumber = cli({QStringLiteral("generate"), path, QStringLiteral("--communes"), QStringLiteral("many")});
    CHECK(notNumber.code == 1);
    CHECK(notNumber.err.contains(QStringLiteral("--communes")));
    const Run tooFew = cli({QStringLiteral("generate"), path, QStringLiteral("--communes"), QStringLiteral("5"),
                            QStringLiteral("--districts"), QStringLiteral("10")});
    CHECK(tooFew.code == 1);
    CHECK(tooFew.err.contains(QStringLiteral("--communes")));
    const Run years = cli({QStringLiteral("generate"), path, QStringLiteral("--from"), QStringLiteral("2020"),
                           QStringLiteral("--to"), QStringLiteral("2015")});
    CHECK(years.code == 1);
    CHECK(years.err.contains(QStringLiteral("--to")));
    const Run unknown = cli({QStringLiteral("generate"), path, QStringLiteral("--size"), QStringLiteral("3")});
    CHECK(unknown.code == 2);
    CHECK_FALSE(QFileInfo::exists(path));
}
