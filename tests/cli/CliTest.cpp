// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli end to end: the real binary, its output, its exit codes (a contract for scripts).
#include "TestSupport.h"

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

/// One demo database per test process.
QString demoPath()
{
    static TempFolder folder;
    static const QString path = [] {
        // On the server: a copy of the demo that the test server built once with `ntm-cli demo`.
        const QString p = dbLocation(folder.path(QStringLiteral("demo.ntm")), Schema::Demo);
        if (!onServer()) {
            const Run r = cli({QStringLiteral("demo"), p});
            INFO(r.err.toStdString());
            REQUIRE(r.code == 0);
        }
        return p;
    }();
    return path;
}

json parse(const QString& text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}
} // namespace

TEST_CASE("ntm-cli stats --json gives the contract's keys and the published figures", "[cli]")
{
    const Run r = cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("2018-12-31"),
                       QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const json j = parse(r.out);
    CHECK(j.at("as_of") == "2018-12-31");
    CHECK(j.at("communes") == 230);
    CHECK(j.at("recognised") == 158);
    CHECK(j.at("average_met").get<double>() == Approx(17.7));
    REQUIRE(j.at("by_met_count").is_object());
    int total = 0;
    for (const auto& [count, communes] : j.at("by_met_count").items()) {
        CHECK(std::stoi(count) >= 11);
        total += communes.get<int>();
    }
    CHECK(total == 230);
    CHECK(j.at("by_met_count").at("20") == 158);
    // by_tier: the communes holding each tier; a commune counts under each tier it holds.
    REQUIRE(j.at("by_tier").is_object());
    CHECK(j.at("by_tier").size() == 4);
    CHECK(j.at("by_tier").at("ntm") == 158);
    CHECK(j.at("by_tier").at("nang_cao") == 0);
    const json all = parse(cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"),
                                QStringLiteral("2024-01-17"), QStringLiteral("--json")})
                               .out);
    CHECK(all.at("by_tier").at("ntm") == all.at("communes"));
    CHECK(all.at("by_tier").at("nang_cao") == 60);
    CHECK(all.at("by_tier").at("kieu_mau") == 15);
    CHECK(all.at("by_tier").at("hien_dai") == 0);
}

TEST_CASE("ntm-cli stats --district filters, and a name without diacritics works", "[cli]")
{
    const Run r = cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("2019-12-31"),
                       QStringLiteral("--district"), QStringLiteral("duc tho"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const json j = parse(r.out);
    CHECK(j.at("district") == "Đức Thọ");
    CHECK(j.at("communes").get<int>() == j.at("recognised").get<int>()); // all of Đức Thọ by 2019
    CHECK(j.at("communes").get<int>() > 20);
    const Run ambiguous = cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"),
                               QStringLiteral("2019-12-31"), QStringLiteral("--district"), QStringLiteral("Kỳ Anh")});
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("Huyện Kỳ Anh")));
    const Run byKind =
        cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("2019-12-31"),
             QStringLiteral("--district"), QStringLiteral("thị xã Kỳ Anh")});
    CHECK(byKind.code == 0);
    const Run ended = cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("2026-01-01"),
                           QStringLiteral("--district"), QStringLiteral("Đức Thọ")});
    CHECK(ended.code == 1);
    CHECK(ended.err.contains(QStringLiteral("did not exist")));
}

TEST_CASE("ntm-cli rotation-impact --json: Đức Yên 9 → 20 (+11), recognised within 7 months", "[cli]")
{
    const Run r = cli({QStringLiteral("rotation-impact"), demoPath(), QStringLiteral("--as-of"),
                       QStringLiteral("2026-11-15"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const json rows = parse(r.out);
    REQUIRE(rows.is_array());
    REQUIRE(rows.size() > 100);
    bool found = false;
    int active = 0;
    for (const json& row : rows) {
        for (const char* key :
             {"official", "commune", "start", "end", "met_at_start", "met_at_end", "gained", "months_to_recognition"}) {
            REQUIRE(row.contains(key));
        }
        active += row.at("end").is_null() ? 1 : 0;
        if (row.at("official") == "Bùi Ngọc Nhật") {
            found = true;
            CHECK(row.at("commune") == "Đức Yên");
            CHECK(row.at("start") == "2016-03-01");
            CHECK(row.at("met_at_start") == 9);
            CHECK(row.at("met_at_end") == 20);
            CHECK(row.at("gained") == 11);
            CHECK(row.at("months_to_recognition").get<int>() <= 7);
        }
    }
    CHECK(found);
    CHECK(active > 0);
}

TEST_CASE("ntm-cli exit codes: 1 for user errors, 2 for wrong usage", "[cli]")
{
    TempFolder tmp;
    CHECK(cli({}).code == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({QStringLiteral("stats"), demoPath()}).code == 2);                            // --as-of missing
    CHECK(cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of")}).code == 2); // no value
    CHECK(cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("2018-01-01"),
               QStringLiteral("--colour")})
              .code == 2);
    const Run badDate =
        cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("31/12/2018")});
    CHECK(badDate.code == 1);
    CHECK(badDate.err.contains(QStringLiteral("not a date")));
    CHECK(badDate.err.count(QLatin1Char('\n')) == 1);
    const QString none =
        onServer() ? serverUri(QStringLiteral("no_such_database")) : tmp.path(QStringLiteral("none.ntm"));
    const Run missing = cli({QStringLiteral("stats"), none, QStringLiteral("--as-of"), QStringLiteral("2018-01-01")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(onServer() ? QStringLiteral("no database no_such_database")
                                          : QStringLiteral("does not exist")));
    CHECK(missing.err.count(QLatin1Char('\n')) == 1);
    const Run unknown = cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--as-of"),
                             QStringLiteral("2018-01-01"), QStringLiteral("--district"), QStringLiteral("Atlantis")});
    CHECK(unknown.code == 1);
    const Run demoTwice = cli({QStringLiteral("demo"), demoPath()});
    CHECK(demoTwice.code == 1);
    CHECK(cli({QStringLiteral("--help")}).code == 0);
}

TEST_CASE("ntm-cli init and criteria-import", "[cli]")
{
    TempFolder tmp;
    const QString db = dbLocation(tmp.path(QStringLiteral("new.ntm")));
    REQUIRE(cli({QStringLiteral("init"), db}).code == 0);
    const Run stats = cli({QStringLiteral("stats"), db, QStringLiteral("--as-of"), QStringLiteral("2020-01-01"),
                           QStringLiteral("--json")});
    REQUIRE(stats.code == 0);
    CHECK(parse(stats.out).at("communes") == 0);
    const Run same =
        cli({QStringLiteral("criteria-import"), db, fixturePath(QStringLiteral("criteria-complete-51.json"))});
    CHECK(same.code == 0);
    CHECK(same.out.contains(QStringLiteral("QD51-2025")));
    const Run bad =
        cli({QStringLiteral("criteria-import"), db, fixturePath(QStringLiteral("criteria-malformed.json"))});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("criteria-malformed.json")));
    const Run notDb = cli({QStringLiteral("stats"), fixturePath(QStringLiteral("criteria-malformed.json")),
                           QStringLiteral("--as-of"), QStringLiteral("2020-01-01")});
    CHECK(notDb.code == 1);
    CHECK(notDb.err.contains(QStringLiteral("not an NTM Tracker database")));
}
