// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped criteria sets against the corrections of 2026-12-07 (shared/reference/README.md): counts, dates,
// indicator versions, targets by year, codes left empty, the pilot tier, and the assumptions marked.
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "criteria/CriteriaSetLoader.h"
#include "service/AssessmentService.h"
#include "service/SetResolver.h"
#include "store/CriteriaStore.h"
#include "store/UnitStore.h"
#include "util/Ids.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
CriteriaSet shipped(const char* file)
{
    const auto set = CriteriaSetLoader::loadFile(QStringLiteral(":/criteria/") + QLatin1String(file));
    INFO(file << ": " << (set ? "" : set.error().message.toStdString()));
    REQUIRE(set.ok());
    return set.value();
}

int indicatorCount(const CriteriaSet& s)
{
    int n = 0;
    for (const Criterion& c : s.criteria) {
        n += static_cast<int>(c.indicators.size());
    }
    return n;
}

int inForce(const CriteriaSet& s, const QDate& d)
{
    int n = 0;
    for (const Criterion& c : s.criteria) {
        n += static_cast<int>(c.indicatorsOn(d).size());
    }
    return n;
}

QString loadError(const QByteArray& json)
{
    const auto r = CriteriaSetLoader::parse(json, QStringLiteral("set.json"));
    return r.ok() ? QString() : r.error().message;
}

QByteArray setWith(const QByteArray& indicators)
{
    return R"({"format": "ntm-criteria-set/1", "code": "T", "family": "t", "name": "Bộ thử", "scope": "national",
               "valid_from": "2009-04-16", "criteria": [{"number": 10, "name": "Thu nhập", "indicators": [)" +
           indicators + "]}]}";
}
} // namespace

TEST_CASE("Sets: 318/QĐ-TTg has 57 indicators (no duplicate 14.3) and is in force to 14/2/2026", "[criteria][sets]")
{
    const CriteriaSet s318 = shipped("qd318-2022.json");
    CHECK(s318.criteria.size() == 19);
    CHECK(indicatorCount(s318) == 57);
    for (const Indicator& i : s318.criterionByNumber(14)->indicators) {
        CHECK(i.code != QStringLiteral("14.3"));
    }
    CHECK(s318.validTo == QDate(2026, 2, 14));
    CHECK(shipped("qd1980-2016.json").criteria.size() == 19);
    CHECK(indicatorCount(shipped("qd1980-2016.json")) == 49);
    // Hà Tĩnh's 2022–2025 set is not in our sources: 318 plus criterion 20, applied as an assumption, said so.
    const CriteriaSet ht318 = shipped("ht20-qd318.json");
    CHECK(ht318.criteria.size() == 20);
    CHECK(indicatorCount(ht318) == 59);
    CHECK(ht318.assumption);
    CHECK(ht318.note.startsWith(QStringLiteral("ASSUMPTION")));
    CHECK(ht318.criterionByNumber(20)->note.contains(QStringLiteral("ASSUMPTION")));
    CHECK_FALSE(shipped("ht20-qd1980.json").assumption);
}

TEST_CASE("Sets: 491's indicators 10 and 12 are versions dated by 342/QĐ-TTg (20/2/2013)", "[criteria][sets]")
{
    const CriteriaSet s491 = shipped("qd491-2009.json");
    CHECK(s491.criteria.size() == 19);
    CHECK(indicatorCount(s491) == 41); // 39 indicators, two of them in two versions
    CHECK(inForce(s491, QDate(2012, 6, 1)) == 39);
    CHECK(inForce(s491, QDate(2014, 6, 1)) == 39);
    for (int number : {10, 12}) {
        const QList<Indicator> before = s491.criterionByNumber(number)->indicatorsOn(QDate(2013, 2, 19));
        const QList<Indicator> after = s491.criterionByNumber(number)->indicatorsOn(QDate(2013, 2, 20));
        REQUIRE(before.size() == 1);
        REQUIRE(after.size() == 1);
        CHECK(before.constFirst().code == QString::number(number));
        CHECK(after.constFirst().code == QString::number(number));
        CHECK(before.constFirst().name != after.constFirst().name);
        CHECK(after.constFirst().validFrom == QDate(2013, 2, 20));
    }
    // 342's own income targets by year (Bắc Trung Bộ), not 1980's 36 million.
    const Indicator income = s491.criterionByNumber(10)->indicatorsOn(QDate(2014, 6, 1)).constFirst();
    CHECK(income.name.contains(QStringLiteral("triệu đồng")));
    CHECK(income.targetFor(0, QDate(2013, 6, 1)) == QStringLiteral("≥ 15"));
    CHECK(income.targetFor(0, QDate(2014, 6, 1)) == QStringLiteral("≥ 17"));
    CHECK_FALSE(income.targetFor(0, QDate(2015, 6, 1)).contains(QStringLiteral("36")));
    REQUIRE(income.targetPeriodOn(0, QDate(2015, 6, 1)));
    CHECK_FALSE(income.targetPeriodOn(0, QDate(2015, 6, 1))->verified);
    CHECK(s491.criterionByNumber(12)->indicatorsOn(QDate(2014, 1, 1)).constFirst().target == QStringLiteral("≥ 90%"));
}

TEST_CASE("Sets: 1980's income target changes by year, 36 million is the 2020 level", "[criteria][sets]")
{
    const Indicator income = shipped("qd1980-2016.json").criterionByNumber(10)->indicators.constFirst();
    for (int year = 2016; year <= 2019; ++year) {
        const TargetPeriod* p = income.targetPeriodOn(0, QDate(year, 12, 15));
        REQUIRE(p);
        CHECK(p->target.isEmpty()); // never an invented level
        CHECK_FALSE(p->verified);
        CHECK(p->note.contains(QStringLiteral("69/QĐ-BNN-VPĐP")));
    }
    CHECK(income.targetFor(0, QDate(2020, 6, 1)) == QStringLiteral("≥ 36"));
    CHECK(income.targetPeriodOn(0, QDate(2020, 6, 1))->verified);
    CHECK(income.targetFor(0, QDate(2021, 6, 1)) == QStringLiteral("≥ 36"));
}

TEST_CASE("Sets: 51/2025 has no invented codes, and its pilot tier is a tier without criteria", "[criteria][sets]")
{
    const CriteriaSet s51 = shipped("qd51-2025.json");
    CHECK(s51.criteria.size() == 10);
    CHECK(indicatorCount(s51) == 4);
    for (const Criterion& c : s51.criteria) {
        for (const Indicator& i : c.indicators) {
            CHECK(i.code.isEmpty());
            CHECK_FALSE(i.verified);
            CHECK(i.note.contains(QStringLiteral("CODE UNKNOWN")));
        }
    }
    REQUIRE(s51.tiers.size() == 2);
    CHECK(s51.tiers.at(0).tier == QStringLiteral("ntm"));
    CHECK(s51.tiers.at(1).tier == QStringLiteral("hien_dai"));
    CHECK(s51.tiers.at(1).basis == QStringLiteral("Phụ lục II"));
    CHECK_FALSE(s51.tiers.at(1).hasCriteria);
    CHECK_FALSE(s51.tiers.at(1).verified);
}

TEST_CASE("Sets: the new fields survive the database, and a second import changes nothing", "[criteria][sets]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    REQUIRE(CriteriaImporter(*db).importShipped().ok());
    const Status again = CriteriaImporter(*db).importShipped();
    INFO((again ? QString() : again.error().message).toStdString());
    REQUIRE(again.ok());
    const auto sets = CriteriaStore(*db).sets();
    REQUIRE(sets.ok());
    CHECK(sets.value().size() == 7);
    for (const CriteriaSet& s : sets.value()) {
        const CriteriaSet file = shipped((s.code.toLower() + QStringLiteral(".json")).toLatin1().constData());
        CHECK(indicatorCount(s) == indicatorCount(file));
        CHECK(s.tiers.size() == file.tiers.size());
        CHECK(s.assumption == file.assumption);
        if (s.code == QLatin1String("QD1980-2016")) {
            CHECK(s.criterionByNumber(10)->indicators.constFirst().targetPeriods.size() == 5);
        }
        if (s.code == QLatin1String("QD491-2009")) {
            CHECK(s.criterionByNumber(10)->indicatorsOn(QDate(2012, 1, 1)).size() == 1);
        }
    }
}

TEST_CASE("Sets: the loader refuses overlapping versions, silent gaps and codes left empty without a note",
          "[criteria][sets]")
{
    CHECK(loadError(setWith(R"({"code": "10", "name": "a", "kind": "number", "valid_to": "2013-02-19"},
                               {"code": "10", "name": "b", "kind": "number", "valid_from": "2013-02-20"})"))
              .isEmpty());
    CHECK(loadError(setWith(R"({"code": "10", "name": "a", "kind": "number"},
                               {"code": "10", "name": "b", "kind": "number", "valid_from": "2013-02-20"})"))
              .contains(QStringLiteral("appears twice over the same dates")));
    CHECK(loadError(setWith(R"({"code": "", "name": "a", "kind": "text"})")).contains(QStringLiteral(".code")));
    CHECK(loadError(setWith(R"({"code": null, "name": "a", "kind": "text", "verified": false, "note": "unknown"})"))
              .isEmpty());
    CHECK(loadError(setWith(R"({"code": "10", "name": "a", "kind": "number", "targets_over_time": [
                                 {"valid_from": "2016-12-01", "valid_to": "2016-12-31"}]})"))
              .contains(QStringLiteral("targets_over_time[0].target")));
    CHECK(loadError(setWith(R"({"code": "10", "name": "a", "kind": "number", "targets_over_time": [
                                 {"valid_from": "2016-01-01", "target": "≥ 20"},
                                 {"valid_from": "2017-01-01", "target": "≥ 25"}]})"))
              .contains(QStringLiteral("overlaps")));
}

TEST_CASE("Sets: an indicator value is recorded against the version in force on the date", "[criteria][sets]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("v.ntm")));
    REQUIRE(CriteriaImporter(*db).importShipped().ok());
    UnitStore units(*db);
    const Province province{ids::newId(), QStringLiteral("99"), QStringLiteral("Tỉnh Thử")};
    REQUIRE(units.insertProvince(province).ok());
    Commune c;
    c.id = ids::newId();
    c.provinceId = province.id;
    c.periods.append({ids::newId(), QDate(), QDate(), QStringLiteral("00001"), QStringLiteral("An Hòa"),
                      CommuneKind::Xa, QString()});
    REQUIRE(units.insertCommune(c).ok());
    const auto resolver = SetResolver::load(*db);
    REQUIRE(resolver.ok());
    const auto commune = units.commune(c.id);
    REQUIRE(commune.value());
    // From 2009 to 2016 the national set 491 applies (the province has no set of its own).
    const CriteriaSet* s491 = resolver.value().setFor(c.id, province.id, QDate(2014, 6, 1));
    REQUIRE(s491);
    REQUIRE(s491->code == QStringLiteral("QD491-2009"));
    const Criterion* income = s491->criterionByNumber(10);
    const Indicator old = income->indicatorsOn(QDate(2012, 6, 1)).constFirst();
    const Indicator now = income->indicatorsOn(QDate(2014, 6, 1)).constFirst();
    AssessmentInput in;
    in.criterionId = income->id;
    in.status = CriterionStatus::Met;
    in.values = {{old.id, QStringLiteral("1,3"), std::nullopt}};
    const Issues refused = AssessmentService::checkAgainst(*commune.value(), resolver.value(), QDate(2014, 6, 1), {in});
    REQUIRE(hasErrors(refused));
    CHECK(refused.constFirst().message.contains(QStringLiteral("not in force on 01/06/2014")));
    in.values = {{now.id, QStringLiteral("18"), std::nullopt}};
    CHECK_FALSE(
        hasErrors(AssessmentService::checkAgainst(*commune.value(), resolver.value(), QDate(2014, 6, 1), {in})));
}
