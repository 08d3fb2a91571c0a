// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli commune end to end: the real binary, its JSON contract and its exit codes.
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

/// One demo database per test process (this file's own: the helpers of CliTest.cpp are private to it).
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

Run commune(const QString& name, const QString& asOf, bool asJson = true)
{
    QStringList args{QStringLiteral("commune"), demoPath(), name, QStringLiteral("--as-of"), asOf};
    if (asJson) {
        args.append(QStringLiteral("--json"));
    }
    return cli(args);
}
} // namespace

TEST_CASE("ntm-cli commune --json gives the contract's keys for Đức Yên as of 1/10/2016", "[cli][commune]")
{
    const Run r = commune(QStringLiteral("Đức Yên"), QStringLiteral("2016-10-01"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const json j = parse(r.out);
    for (const char* key : {"commune", "district", "criteria_set", "group", "met_count", "criteria", "recognised_on",
                            "officials", "series"}) {
        REQUIRE(j.contains(key));
    }
    CHECK(j.at("commune") == "Đức Yên");
    CHECK(j.at("district") == "Đức Thọ");
    CHECK(j.at("criteria_set") == "HT20-QD491");
    CHECK(j.at("group").is_null());
    CHECK(j.at("met_count") == 20);
    CHECK(j.at("recognised_on") == "2016-09-30");

    REQUIRE(j.at("criteria").size() == 20);
    for (const json& c : j.at("criteria")) {
        for (const char* key : {"number", "name", "status", "assessed_on"}) {
            REQUIRE(c.contains(key));
        }
        CHECK(c.at("status") == "met");
        CHECK(c.at("assessed_on").get<std::string>().size() == 10);
    }
    CHECK(j.at("criteria").at(0).at("number") == 1);

    const json& series = j.at("series");
    REQUIRE(series.is_array());
    REQUIRE_FALSE(series.empty());
    json onArrival;
    for (const json& p : series) {
        REQUIRE(p.contains("date"));
        REQUIRE(p.contains("met"));
        if (p.at("date").get<std::string>() <= "2016-03-01") {
            onArrival = p; // the last point on or before Bùi Ngọc Nhật's arrival
        }
    }
    REQUIRE(onArrival.is_object());
    CHECK(onArrival.at("met") == 9);
    CHECK(series.back().at("met") == 20);

    bool found = false;
    for (const json& o : j.at("officials")) {
        for (const char* key : {"official", "position", "start", "end"}) {
            REQUIRE(o.contains(key));
        }
        if (o.at("official") == "Bùi Ngọc Nhật") {
            found = true;
            CHECK(o.at("start") == "2016-03-01");
            CHECK(o.at("end").is_null()); // still there on 1/10/2016
            CHECK(o.at("position").get<std::string>().find("Chủ tịch UBND xã") != std::string::npos);
        }
    }
    CHECK(found);
}

TEST_CASE("ntm-cli commune: without diacritics, not recognised yet, after 1/7/2025 without district", "[cli][commune]")
{
    const json arrival = parse(commune(QStringLiteral("duc yen"), QStringLiteral("2016-03-01")).out);
    CHECK(arrival.at("met_count") == 9);
    CHECK(arrival.at("recognised_on").is_null());
    const Run later = commune(QStringLiteral("Thạch Khê"), QStringLiteral("2025-08-01"));
    INFO(later.err.toStdString());
    REQUIRE(later.code == 0);
    CHECK(parse(later.out).at("district").is_null());
    const Run text = commune(QStringLiteral("Đức Yên"), QStringLiteral("2016-10-01"), false);
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Xã Đức Yên")));
    CHECK(text.out.contains(QStringLiteral("20 of 20")));
    CHECK(text.out.contains(QStringLiteral("Bùi Ngọc Nhật")));
}

TEST_CASE("ntm-cli commune: an ambiguous name lists the candidates, an unknown one says so", "[cli][commune]")
{
    // Without diacritics, xã Thạch Hạ (Hà Tĩnh city) and thị trấn Thạch Hà (Thạch Hà district) read the same.
    const Run ambiguous = commune(QStringLiteral("thach ha"), QStringLiteral("2018-01-01"));
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.out.isEmpty());
    CHECK(ambiguous.err.count(QLatin1Char('\n')) == 1); // one line
    CHECK(ambiguous.err.contains(QStringLiteral("Xã Thạch Hạ")));
    CHECK(ambiguous.err.contains(QStringLiteral("Thị trấn Thạch Hà")));
    const Run byKind = commune(QStringLiteral("thị trấn Thạch Hà"), QStringLiteral("2018-01-01"));
    CHECK(byKind.code == 0);

    const Run unknown = commune(QStringLiteral("Không Có"), QStringLiteral("2018-01-01"));
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("Không Có")));
    // Đức Yên merged into thị trấn Đức Thọ on 1/1/2020: the name is known, but not on that date. It is shown with
    // what became of it and its last standing, never figures under a set it was never judged by.
    const Run merged = commune(QStringLiteral("Đức Yên"), QStringLiteral("2021-01-01"), false);
    INFO(merged.err.toStdString());
    CHECK(merged.code == 0);
    CHECK(merged.out.contains(QStringLiteral("Merged into Thị trấn Đức Thọ on 01/01/2020.")));
    CHECK(merged.out.contains(QStringLiteral("last standing on 31/12/2019")));
}

TEST_CASE("ntm-cli commune --json: a commune outside its life, its successor, predecessors and recognitions",
          "[cli][commune]")
{
    const json old = parse(commune(QStringLiteral("Đức Yên"), QStringLiteral("2026-12-07")).out);
    CHECK(old.at("life").at("state") == "ended");
    CHECK(old.at("standing_on") == "2019-12-31");
    CHECK(old.at("criteria_total") == 20);
    CHECK(old.at("recognised_on").is_null()); // it does not exist on the date
    REQUIRE(old.at("successor").is_object());
    CHECK(old.at("successor").at("commune") == "Thị trấn Đức Thọ");
    CHECK(old.at("successor").at("from") == "2020-01-01");
    CHECK(old.at("district_title") == "Huyện Đức Thọ");
    // Đức Yên held NTM on its last day, from its own decision of 2016.
    REQUIRE(old.at("recognitions").size() == 1);
    CHECK(old.at("recognitions")[0].at("basis") == "decision");
    CHECK(old.at("recognitions")[0].at("illustrative") == true);

    // The new xã Thạch Khê: what it was formed from, each part's last day.
    const json early = parse(commune(QStringLiteral("Thạch Khê"), QStringLiteral("2025-08-01")).out);
    CHECK(early.at("life").at("state") == "exists");
    CHECK(early.at("successor").is_null());
    REQUIRE(early.at("predecessors").size() == 3);
    CHECK(early.at("predecessors")[0].at("until") == "2025-06-30");
    // Tân Dân (2020) keeps NTM through the merger under 3372/BNN-VPĐP.
    const json tanDan = parse(commune(QStringLiteral("Tân Dân"), QStringLiteral("2021-06-01")).out);
    REQUIRE(tanDan.at("recognitions").size() >= 1);
    CHECK(tanDan.at("recognitions")[0].at("basis") == "kept_through_merger");
    CHECK(tanDan.at("recognitions")[0].at("rule_source") == "3372/BNN-VPĐP");
    CHECK(tanDan.at("recognitions")[0].at("rule_verified") == true);
    CHECK(QString::fromStdString(tanDan.at("recognitions")[0].at("text").get<std::string>())
              .contains(QStringLiteral("kept through the 2020 merger (3372/BNN-VPĐP)")));
}

TEST_CASE("ntm-cli commune: --as-of is required, and must be a date", "[cli][commune]")
{
    const Run missing = cli({QStringLiteral("commune"), demoPath(), QStringLiteral("Đức Yên")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("--as-of")));
    const Run bad = commune(QStringLiteral("Đức Yên"), QStringLiteral("2016-02-30"));
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("2016-02-30")));
    const Run noName =
        cli({QStringLiteral("commune"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("2016-10-01")});
    CHECK(noName.code == 2);
}
