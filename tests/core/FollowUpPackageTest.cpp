// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange packages carry the working groups, actions, plans, villages' progress and lineage and village rules
// (format version 2, issue 20); packages of format version 1 still import.
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "demo/DemoUnits.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackageReader.h"
#include "service/followup/FollowUpFigures.h"
#include "service/followup/FollowUpService.h"

#include <QCryptographicHash>
#include <QFile>

#include <nlohmann/json.hpp>

using namespace ntm::core;
using namespace ntm::test;
using json = nlohmann::json;

namespace {
const QString kThachKhe = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-a"));
const QString kThachKheNew = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-d"));
const char* const kNewKinds[] = {"village_lineage", "village_model_areas",    "village_model_gardens",
                                 "working_groups",  "working_group_members",  "village_responsibilities",
                                 "review_actions",  "village_criterion_rules"};

TempFolder& folder()
{
    static TempFolder f;
    return f;
}

Database& demoDb()
{
    static std::unique_ptr<Database> db = [] {
        auto opened = openDb(folder().path(QStringLiteral("demo.ntm")));
        REQUIRE(DemoBuilder(*opened).build().ok());
        return opened;
    }();
    return *db;
}

QString exportCommune(const QString& communeId, const QString& name)
{
    const auto scope = PackageScope::unit(demoDb(), PackageScope::Kind::Commune, communeId);
    REQUIRE(scope.ok());
    const QString path = folder().path(name);
    REQUIRE(PackageExporter(demoDb()).write(path, scope.value()).ok());
    return path;
}

std::unique_ptr<Database> freshDb(const QString& name)
{
    auto db = openDb(folder().path(name));
    REQUIRE(CriteriaImporter(*db).importShipped().ok());
    return db;
}

Result<PackageImportOutcome> importFile(Database& db, const QString& path)
{
    auto p = PackageReader::readFile(path);
    if (!p) {
        return p.error();
    }
    return PackageImporter(db).import(p.value(), ConflictPolicies::all(ConflictPolicy::Keep));
}

int rows(Database& db, const char* table, const QString& communeId)
{
    // sql-safe: not in src/core; the table names are this test's own
    return sql::scalar(db.sql(),
                       QStringLiteral("SELECT count(*) FROM %1 WHERE commune_id = ?").arg(QLatin1String(table)),
                       {communeId})
        .value()
        .toInt();
}

void seal(json& package)
{
    json content = package;
    content.erase("manifest");
    package["manifest"]["counts"] = json::object();
    for (auto& [key, value] : content.items()) {
        package["manifest"]["counts"][key] = value.size();
    }
    const QByteArray text = QByteArray::fromStdString(content.dump());
    package["manifest"]["sha256"] = QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().toStdString();
}

QString writeJson(const QString& name, const json& j)
{
    const QString path = folder().path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray::fromStdString(j.dump(1)));
    return path;
}
} // namespace

TEST_CASE("Package: Thạch Khê's working groups, actions and villages travel and give the same figures",
          "[package][groups]")
{
    const QString path = exportCommune(kThachKhe, QStringLiteral("thach-khe.json"));
    const json j = json::parse(fileBytes(path).toStdString());
    CHECK(j.at("manifest").at("format_version") == PackageSchema::kFormatVersion);
    CHECK(j.at("working_groups").size() == 8);
    CHECK(j.at("review_actions").size() > 100);
    CHECK(j.at("village_model_gardens").size() > 20);
    auto db = freshDb(QStringLiteral("copy.ntm"));
    const auto outcome = importFile(*db, path);
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    for (const char* table : {"working_group", "working_group_member", "village_responsibility", "review_action",
                              "village_model_area", "village_model_garden", "criterion_plan"}) {
        INFO(table);
        CHECK(rows(*db, table, kThachKhe) == rows(demoDb(), table, kThachKhe));
        CHECK(rows(*db, table, kThachKhe) > 0);
    }
    const FollowUpData a = FollowUpService(demoDb()).load(kThachKhe).value();
    const FollowUpData b = FollowUpService(*db).load(kThachKhe).value();
    for (const QDate& d : {QDate(2016, 6, 30), QDate(2017, 6, 30), QDate(2017, 12, 31)}) {
        CHECK(FollowUpFigures::actionCounts(a.actions, d) == FollowUpFigures::actionCounts(b.actions, d));
        const auto ga = FollowUpFigures::groupsOn(a, d);
        const auto gb = FollowUpFigures::groupsOn(b, d);
        REQUIRE(ga.size() == gb.size());
        for (int i = 0; i < ga.size(); ++i) {
            CHECK(ga.at(i).leader == gb.at(i).leader);
            CHECK(ga.at(i).villages == gb.at(i).villages);
        }
    }
    // The leader linked to the officials register came along with the group.
    CHECK(sql::scalar(db->sql(),
                      QStringLiteral("SELECT count(*) FROM working_group_member m JOIN official o "
                                     "ON o.id = m.official_id WHERE o.full_name = ?"),
                      {QStringLiteral("Lưu Xuân Đồng")})
              .value()
              .toInt() == 1);
    const auto again = importFile(*db, path);
    REQUIRE(again.ok());
    CHECK(again.value().rowsWritten == 0);
}

TEST_CASE("Package: the new xã Thạch Khê carries its villages' lineage back to the old thôn", "[package][lineage]")
{
    const QString path = exportCommune(kThachKheNew, QStringLiteral("thach-khe-2025.json"));
    const json j = json::parse(fileBytes(path).toStdString());
    CHECK(j.at("village_lineage").size() == 8);
    CHECK(j.at("villages").size() == 5 + 8); // its own and the old thôn they came from
    auto db = freshDb(QStringLiteral("copy-2025.ntm"));
    const auto outcome = importFile(*db, path);
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    const FollowUpData d = FollowUpService(*db).load(kThachKheNew).value();
    const QList<VillageProgressRow> rows = FollowUpFigures::villageProgress(d, QDate(2026, 6, 30));
    REQUIRE(rows.size() == 5);
    int predecessors = 0;
    for (const VillageProgressRow& r : rows) {
        predecessors += static_cast<int>(r.predecessors.size());
    }
    CHECK(predecessors == 8);
}

TEST_CASE("Package: a package of format version 1 still imports, and may not hold the kinds of version 2", "[package]")
{
    json j = json::parse(fileBytes(exportCommune(kThachKhe, QStringLiteral("v2.json"))).toStdString());
    j["manifest"]["format_version"] = 1;
    json old = j;
    for (const char* kind : kNewKinds) {
        old.erase(kind);
    }
    seal(old);
    auto db = freshDb(QStringLiteral("from-v1.ntm"));
    const auto imported = importFile(*db, writeJson(QStringLiteral("v1.json"), old));
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(rows(*db, "review_meeting", kThachKhe) == rows(demoDb(), "review_meeting", kThachKhe));
    CHECK(rows(*db, "working_group", kThachKhe) == 0);

    seal(j); // version 1, but with working groups
    auto other = freshDb(QStringLiteral("refused.ntm"));
    const auto refused = importFile(*other, writeJson(QStringLiteral("v1-with-groups.json"), j));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not part of an exchange package of format version 1")));
    CHECK(sql::scalar(other->sql(), QStringLiteral("SELECT count(*) FROM commune")).value().toInt() == 0);
}
