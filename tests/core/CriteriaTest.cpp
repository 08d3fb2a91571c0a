// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "criteria/CriteriaSetLoader.h"
#include "db/Sql.h"
#include "service/SetResolver.h"
#include "store/CriteriaStore.h"

#include <QDir>
#include <QFile>

using namespace ntm::core;
using namespace ntm::test;

namespace {
QByteArray validSet(const char* code = "TEST-1")
{
    return QByteArray(R"({
      "format": "ntm-criteria-set/1", "code": ")") +
           code + R"(", "family": "test", "name": "Bộ thử",
      "valid_from": "2020-01-01", "scope": "national",
      "commune_groups": [{"number": 1, "name": "Nhóm 1"}, {"number": 2, "name": "Nhóm 2"}],
      "groups": [{"code": "I", "name": "Quy hoạch"}],
      "criteria": [
        {"number": 1, "group": "I", "name": "Quy hoạch", "indicators": [
          {"code": "1.1", "name": "Có quy hoạch", "kind": "boolean", "target": "Đạt"},
          {"code": "1.2", "name": "Tỷ lệ", "kind": "percent", "target": "≥ 70%",
           "targets_by_group": {"1": "≥ 90%", "2": "≥ 80%"}}]},
        {"number": 2, "name": "Giao thông", "indicators": []}
      ]})";
}

QString loadError(const QByteArray& json)
{
    const auto r = CriteriaSetLoader::parse(json, QStringLiteral("set.json"));
    return r.ok() ? QString() : r.error().message;
}
} // namespace

TEST_CASE("Every shipped criteria set loads and checks out", "[criteria]")
{
    const QStringList files = QDir(QStringLiteral(":/criteria")).entryList({QStringLiteral("*.json")});
    REQUIRE(files.size() == 7);
    QHash<QString, int> counts;
    for (const QString& f : files) {
        const auto set = CriteriaSetLoader::loadFile(QStringLiteral(":/criteria/") + f);
        INFO(f.toStdString() << ": " << (set ? "" : set.error().message.toStdString()));
        REQUIRE(set.ok());
        counts.insert(set.value().code, static_cast<int>(set.value().criteria.size()));
    }
    CHECK(counts.value(QStringLiteral("QD491-2009")) == 19);
    CHECK(counts.value(QStringLiteral("QD1980-2016")) == 19);
    CHECK(counts.value(QStringLiteral("QD318-2022")) == 19);
    CHECK(counts.value(QStringLiteral("HT20-QD491")) == 20);
    CHECK(counts.value(QStringLiteral("HT20-QD1980")) == 20);
    CHECK(counts.value(QStringLiteral("HT20-QD318")) == 20);
    CHECK(counts.value(QStringLiteral("QD51-2025")) == 10);
    const auto s51 = CriteriaSetLoader::loadFile(QStringLiteral(":/criteria/qd51-2025.json"));
    CHECK(s51.value().communeGroups.size() == 3);
    CHECK(s51.value().validFrom == QDate(2026, 2, 15));
    // Unverified facts keep their mark instead of becoming rules.
    // The set is kept: a pointer into a temporary would dangle (AddressSanitizer's heap-use-after-free).
    const auto ht20 = CriteriaSetLoader::loadFile(QStringLiteral(":/criteria/ht20-qd1980.json"));
    REQUIRE(ht20.ok());
    const Criterion* c20 = ht20.value().criterionByNumber(20);
    REQUIRE(c20);
    CHECK(c20->name == QStringLiteral("Khu dân cư mẫu, vườn mẫu"));
    CHECK_FALSE(c20->indicators.constFirst().verified);
}

TEST_CASE("A valid criteria set reads with per-group targets", "[criteria]")
{
    const auto set = CriteriaSetLoader::parse(validSet(), QStringLiteral("set.json"));
    REQUIRE(set.ok());
    const Indicator& share = set.value().criteria.at(0).indicators.at(1);
    CHECK(share.kind == IndicatorKind::Percent);
    CHECK(share.targetFor(1) == QStringLiteral("≥ 90%"));
    CHECK(share.targetFor(3) == QStringLiteral("≥ 70%"));
    CHECK(set.value().criteria.at(0).groupName == QStringLiteral("Quy hoạch"));
}

TEST_CASE("Malformed criteria files are refused with the file and the place of the problem", "[criteria]")
{
    CHECK(loadError("{ not json")
              .contains(QStringLiteral("set.json: not valid JSON: line 1, column 4: a name in an "
                                       "object is not in quotation marks")));
    for (const char* broken : {"{ not json", "{\"code\": \"x\",", "{\"code\": tru}", "{\"a\": 01}", "[1,]"}) {
        const QString message = loadError(broken);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("not valid JSON: line 1")));
        CHECK_FALSE(message.contains(QStringLiteral("json.exception")));
        CHECK_FALSE(message.contains(QStringLiteral("parse error")));
    }
    CHECK(loadError("[1, 2]").contains(QStringLiteral("must hold one JSON object")));
    QByteArray wrongFormat = validSet();
    wrongFormat.replace("ntm-criteria-set/1", "something-else");
    CHECK(loadError(wrongFormat).contains(QStringLiteral("format")));
    QByteArray noCode = validSet();
    noCode.replace(R"("code": "TEST-1",)", "");
    CHECK(loadError(noCode).contains(QStringLiteral("code: is missing")));
    QByteArray duplicate = validSet();
    duplicate.replace(R"({"number": 2, "name": "Giao)", R"({"number": 1, "name": "Giao)");
    CHECK(loadError(duplicate).contains(QStringLiteral("criteria[1].number: criterion 1 appears twice")));
    QByteArray badDate = validSet();
    badDate.replace("2020-01-01", "2020-02-31");
    CHECK(loadError(badDate).contains(QStringLiteral("valid_from")));
    QByteArray badGroup = validSet();
    badGroup.replace(R"("group": "I")", R"("group": "IX")");
    CHECK(loadError(badGroup).contains(QStringLiteral("criteria[0].group")));
    QByteArray badKind = validSet();
    badKind.replace(R"("kind": "boolean")", R"("kind": "yes-no")");
    CHECK(loadError(badKind).contains(QStringLiteral("criteria[0].indicators[0].kind")));
    QByteArray badTargetGroup = validSet();
    badTargetGroup.replace(R"("2": "≥ 80%")", R"("3": "≥ 80%")");
    CHECK(loadError(badTargetGroup).contains(QStringLiteral("targets_by_group")));
    QByteArray provincial = validSet();
    provincial.replace(R"("scope": "national")", R"("scope": "provincial")");
    CHECK(loadError(provincial).contains(QStringLiteral("province: is missing")));
    QByteArray noStart = validSet();
    noStart.replace(R"("valid_from": "2020-01-01",)", "");
    CHECK(loadError(noStart).contains(QStringLiteral("valid_from")));
    QByteArray empty = validSet();
    empty = R"({"format": "ntm-criteria-set/1", "code": "X", "family": "f", "name": "n", "scope": "national",
               "valid_from": "2020-01-01", "criteria": []})";
    CHECK(loadError(empty).contains(QStringLiteral("criteria")));
}

TEST_CASE("Importing a set: added, unchanged, replaced while unused, new version once used", "[criteria]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("c.ntm")));
    const Fixture f = makeFixture(*db);
    CriteriaImporter importer(*db);
    auto first = importer.import(CriteriaSetLoader::parse(validSet(), QStringLiteral("a")).value());
    REQUIRE(first.ok());
    CHECK(first.value().kind == CriteriaImportOutcome::Kind::Added);
    auto again = importer.import(CriteriaSetLoader::parse(validSet(), QStringLiteral("a")).value());
    CHECK(again.value().kind == CriteriaImportOutcome::Kind::Unchanged);

    QByteArray completed = validSet();
    completed.replace(R"("indicators": []})",
                      R"("indicators": [{"code": "2.1", "name": "Đường", "kind": "percent"}]})");
    auto replaced = importer.import(CriteriaSetLoader::parse(completed, QStringLiteral("b")).value());
    INFO((replaced ? QString() : replaced.error().message).toStdString());
    REQUIRE(replaced.ok());
    CHECK(replaced.value().kind == CriteriaImportOutcome::Kind::Replaced);
    CHECK(replaced.value().version == 1);

    // Once an assessment uses the set, new content becomes version 2 and version 1 stays as it was.
    addEvent(*db, f.communeA1, replaced.value().setId, 1, QDate(2021, 5, 1), CriterionStatus::Met);
    QByteArray changedAgain = completed;
    changedAgain.replace("Giao thông", "Giao thông nông thôn");
    auto versioned = importer.import(CriteriaSetLoader::parse(changedAgain, QStringLiteral("c")).value());
    REQUIRE(versioned.ok());
    CHECK(versioned.value().kind == CriteriaImportOutcome::Kind::NewVersion);
    CHECK(versioned.value().version == 2);
    const auto versions = CriteriaStore(*db).versionsOf(QStringLiteral("TEST-1"));
    REQUIRE(versions.value().size() == 2);
    CHECK(versions.value().at(1).criteria.at(1).name == QStringLiteral("Giao thông"));
    // The resolver applies the newest version; the old event carries over (same family, same number).
    const auto resolver = SetResolver::load(*db);
    CHECK(resolver.value().setFor(f.communeA1, f.province, QDate(2021, 6, 1))->version == 2);
}

TEST_CASE("A bad criteria file changes nothing in the database", "[criteria]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("c.ntm")));
    const QString bad = tmp.path(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "ntm-criteria-set/1", "code": "BAD"})");
    f.close();
    const auto r = CriteriaImporter(*db).importFile(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.startsWith(QStringLiteral("bad.json: ")));
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM criteria_set")).value().toInt() == 0);
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt() == 0);
}

TEST_CASE("Which set is in force: latest start wins, province beats national on the same day", "[criteria]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("r.ntm")));
    const Fixture f = makeFixture(*db);
    CriteriaSet provincial = makeSet(QStringLiteral("T-PROV"), QStringLiteral("t"), QDate(), 4);
    provincial.scope = QStringLiteral("provincial");
    provincial.provinceName = QStringLiteral("Tỉnh Thử");
    REQUIRE(CriteriaStore(*db).insertSet(provincial).ok());
    REQUIRE(CriteriaStore(*db)
                .insertAssignment(
                    {QStringLiteral("a1"), provincial.id, f.province, QString(), QDate(2016, 1, 1), QString(), false})
                .ok());
    const auto resolver = SetResolver::load(*db);
    REQUIRE(resolver.ok());
    CHECK(resolver.value().setFor(f.communeA1, f.province, QDate(2009, 12, 31)) == nullptr);
    CHECK(resolver.value().setFor(f.communeA1, f.province, QDate(2015, 12, 31))->code == QStringLiteral("T-OLD"));
    CHECK(resolver.value().setFor(f.communeA1, f.province, QDate(2016, 1, 1))->code == QStringLiteral("T-PROV"));
    CHECK(resolver.value().setFor(f.communeA1, QStringLiteral("other-province"), QDate(2016, 1, 1))->code ==
          QStringLiteral("T-NEW"));
    CHECK(resolver.value().setFor(f.communeA1, f.province, QDate(2026, 6, 1))->code == QStringLiteral("T-2026"));
    CHECK(resolver.value().changeDates(f.communeA1, f.province) ==
          QList<QDate>{QDate(2010, 1, 1), QDate(2016, 1, 1), QDate(2026, 1, 1)});
}
