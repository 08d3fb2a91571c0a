// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli and issue 20: `commune --json` gains working_groups, village_progress and actions (the contract), and
// `report --member` prints a working-group member's one-page summary.
#include "TestSupport.h"

#include "demo/DemoUnits.h"
#include "service/followup/FollowUpFigures.h"
#include "service/followup/FollowUpService.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

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

TempFolder& folder()
{
    static TempFolder f;
    return f;
}

QString demoPath()
{
    static const QString path = [] {
        // On the server: a copy of the demo that the test server built once with `ntm-cli demo`.
        const QString p = dbLocation(folder().path(QStringLiteral("demo.ntm")), Schema::Demo);
        if (!onServer()) {
            const Run r = cli({QStringLiteral("demo"), p});
            INFO(r.err.toStdString());
            REQUIRE(r.code == 0);
        }
        return p;
    }();
    return path;
}

json communeJson(const QString& asOf)
{
    const Run r = cli({QStringLiteral("commune"), demoPath(), QStringLiteral("Thạch Khê"), QStringLiteral("--as-of"),
                       asOf, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const json j = json::parse(r.out.toStdString(), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}
} // namespace

TEST_CASE("ntm-cli commune --json gives Thạch Khê's working groups, village progress and actions", "[cli][groups]")
{
    const json j = communeJson(QStringLiteral("2017-03-31"));
    REQUIRE(j.at("working_groups").is_array());
    REQUIRE(j.at("working_groups").size() == 8);
    for (const json& g : j.at("working_groups")) {
        for (const char* key : {"name", "formed_on", "decision", "leader", "members"}) {
            REQUIRE(g.contains(key));
        }
        CHECK(g.at("formed_on") == "2016-01-08");
        REQUIRE(g.at("members").size() >= 2);
        for (const json& m : g.at("members")) {
            CHECK(m.at("name").is_string());
            CHECK((m.at("role") == "leader" || m.at("role") == "deputy" || m.at("role") == "member"));
            CHECK(m.at("villages").is_array());
        }
    }
    CHECK(j.at("working_groups").at(0).at("leader") == "Lưu Xuân Đồng");
    CHECK(j.at("working_groups").at(0).at("members").at(0).at("villages").at(0) == "Thôn 1");
    REQUIRE(j.at("village_progress").size() == 8);
    for (const json& v : j.at("village_progress")) {
        for (const char* key : {"village", "responsible", "model_area_recognised_on", "model_gardens"}) {
            REQUIRE(v.contains(key));
        }
        CHECK(v.at("model_gardens").is_number_integer());
    }
    CHECK(j.at("village_progress").at(0).at("village") == "Thôn 1");
    CHECK(j.at("village_progress").at(0).at("responsible") == "Lưu Xuân Đồng");
    CHECK(j.at("village_progress").at(1).at("model_area_recognised_on") == "2016-11-21"); // Thôn 2

    // The action counts are core's for the same date.
    auto db = openDb(demoPath());
    const QString id = ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-a"));
    const auto data = ntm::core::FollowUpService(*db).load(id).value();
    const auto counts = ntm::core::FollowUpFigures::actionCounts(data.actions, QDate(2017, 3, 31));
    const json& a = j.at("actions");
    REQUIRE(a.is_object());
    CHECK(a.at("open") == counts.open);
    CHECK(a.at("overdue") == counts.overdue);
    CHECK(a.at("done") == counts.done);
    CHECK(counts.open > 0);
    CHECK(counts.overdue > 0);
}

TEST_CASE("ntm-cli commune --json: a commune without working groups has empty lists and zero actions", "[cli][groups]")
{
    const Run r = cli({QStringLiteral("commune"), demoPath(), QStringLiteral("Đức Yên"), QStringLiteral("--as-of"),
                       QStringLiteral("2016-10-01"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const json j = json::parse(r.out.toStdString());
    CHECK(j.at("working_groups").empty());
    CHECK(j.at("village_progress").size() == 1); // thôn Hùng Dũng, with its head from the article
    CHECK(j.at("actions").at("open") == 0);
    CHECK(j.at("actions").at("overdue") == 0);
    CHECK(j.at("actions").at("done") == 0);
    const Run text = cli({QStringLiteral("commune"), demoPath(), QStringLiteral("Thạch Khê"), QStringLiteral("--as-of"),
                          QStringLiteral("2017-03-31")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Working groups: 8")));
}

TEST_CASE("ntm-cli report --member prints a working-group member's summary", "[cli][report][groups]")
{
    const QString out = folder().path(QStringLiteral("dong.pdf"));
    const Run r = cli({QStringLiteral("report"), demoPath(), QStringLiteral("--out"), out, QStringLiteral("--commune"),
                       QStringLiteral("Thạch Khê"), QStringLiteral("--member"), QStringLiteral("luu xuan dong"),
                       QStringLiteral("--as-of"), QStringLiteral("2017-12-31"), QStringLiteral("--language"),
                       QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 page")));
    REQUIRE(QFileInfo::exists(out));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        return;
    }
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("Lưu Xuân Đồng")));
    CHECK(text.contains(QStringLiteral("Results of a working-group member")));
    CHECK(text.contains(QStringLiteral("Villages answered for")));
    CHECK(text.contains(QStringLiteral("Thôn 1")));
    CHECK(text.contains(QStringLiteral("Đoàn công tác số 1")));

    const Run noCommune = cli({QStringLiteral("report"), demoPath(), QStringLiteral("--out"), out,
                               QStringLiteral("--member"), QStringLiteral("Lưu Xuân Đồng")});
    CHECK(noCommune.code == 2);
    const Run nobody =
        cli({QStringLiteral("report"), demoPath(), QStringLiteral("--out"), folder().path(QStringLiteral("nobody.pdf")),
             QStringLiteral("--commune"), QStringLiteral("Thạch Khê"), QStringLiteral("--member"),
             QStringLiteral("Không Ai"), QStringLiteral("--as-of"), QStringLiteral("2017-12-31")});
    CHECK(nobody.code == 1);
    CHECK(nobody.err.contains(QStringLiteral("Lưu Xuân Đồng"))); // the members are listed
    CHECK_FALSE(QFileInfo::exists(folder().path(QStringLiteral("nobody.pdf"))));
}
