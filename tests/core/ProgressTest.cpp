// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "db/Sql.h"
#include "service/OfficialService.h"
#include "service/ProgressService.h"
#include "service/RotationImpact.h"
#include "service/RotationService.h"
#include "service/StatsService.h"
#include "store/CriteriaStore.h"
#include "store/RecognitionStore.h"
#include "store/UnitStore.h"
#include "util/Ids.h"

using namespace ntm::core;
using namespace ntm::test;
using S = CriterionStatus;

namespace {
ProgressService progressOf(Database& db)
{
    auto p = ProgressService::create(db);
    REQUIRE(p.ok());
    return std::move(p).value();
}

CriterionStatus statusOf(const CommuneProgress& p, int number)
{
    for (const CriterionState& s : p.criteria) {
        if (s.number == number) {
            return s.status;
        }
    }
    return S::NotAssessed;
}
} // namespace

TEST_CASE("As of a date: the latest event on or before it counts", "[progress]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const Fixture f = makeFixture(*db);
    addEvent(*db, f.communeB1, f.setOld, 1, QDate(2012, 1, 10), S::NotMet);
    addEvent(*db, f.communeB1, f.setOld, 1, QDate(2013, 5, 1), S::Met);
    addEvent(*db, f.communeB1, f.setOld, 2, QDate(2013, 5, 1), S::BasicallyMet);
    auto progress = progressOf(*db);
    CHECK(progress.communeProgress(f.communeB1, QDate(2011, 1, 1)).value().met == 0);
    CHECK(statusOf(progress.communeProgress(f.communeB1, QDate(2012, 1, 10)).value(), 1) == S::NotMet);
    const CommuneProgress p = progress.communeProgress(f.communeB1, QDate(2013, 5, 1)).value();
    CHECK(p.met == 1);
    CHECK(p.basicallyMet == 1);
    CHECK(p.total == 3);
    CHECK(p.setCode == QStringLiteral("T-OLD"));
    CHECK(statusOf(p, 3) == S::NotAssessed);
}

TEST_CASE("Two events on one day: the one recorded last wins", "[progress]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const Fixture f = makeFixture(*db);
    addEvent(*db, f.communeB1, f.setOld, 1, QDate(2014, 3, 3), S::Met);
    addEvent(*db, f.communeB1, f.setOld, 1, QDate(2014, 3, 3), S::NotMet); // correction, same day
    auto progress = progressOf(*db);
    CHECK(statusOf(progress.communeProgress(f.communeB1, QDate(2014, 3, 3)).value(), 1) == S::NotMet);
    addEvent(*db, f.communeB1, f.setOld, 1, QDate(2014, 3, 3), S::Met);
    CHECK(statusOf(progress.communeProgress(f.communeB1, QDate(2014, 3, 3)).value(), 1) == S::Met);
}

TEST_CASE("Statuses carry over into a new set of the same family, not into another shape", "[progress]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const Fixture f = makeFixture(*db);
    addEvent(*db, f.communeB1, f.setOld, 1, QDate(2015, 5, 1), S::Met);
    addEvent(*db, f.communeB1, f.setOld, 2, QDate(2015, 5, 1), S::Met);
    auto progress = progressOf(*db);
    const CommuneProgress carried = progress.communeProgress(f.communeB1, QDate(2016, 6, 1)).value();
    CHECK(carried.setCode == QStringLiteral("T-NEW"));
    CHECK(carried.setSince == QDate(2016, 1, 1));
    CHECK(carried.met == 2);
    CHECK(carried.criteria.at(0).carriedFromSet == QStringLiteral("T-OLD"));
    // Assessed under the new set: no longer "carried over".
    addEvent(*db, f.communeB1, f.setNew, 1, QDate(2016, 7, 1), S::NotMet);
    const CommuneProgress reassessed = progress.communeProgress(f.communeB1, QDate(2016, 8, 1)).value();
    CHECK(reassessed.met == 1);
    CHECK(reassessed.criteria.at(0).carriedFromSet.isEmpty());
    CHECK(reassessed.criteria.at(1).carriedFromSet == QStringLiteral("T-OLD"));
    // The 2026 set has another shape: without a crosswalk it starts "not assessed".
    const CommuneProgress fresh = progress.communeProgress(f.communeB1, QDate(2026, 2, 1)).value();
    CHECK(fresh.setCode == QStringLiteral("T-2026"));
    CHECK(fresh.met == 0);
    CHECK(statusOf(fresh, 1) == S::NotAssessed);
}

TEST_CASE("A crosswalk carries old statuses into a set of another shape", "[progress]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const Fixture f = makeFixture(*db);
    addEvent(*db, f.communeB1, f.setNew, 1, QDate(2020, 5, 1), S::Met);
    addEvent(*db, f.communeB1, f.setNew, 2, QDate(2020, 5, 1), S::Met);
    addEvent(*db, f.communeB1, f.setNew, 3, QDate(2020, 5, 1), S::BasicallyMet);
    const auto sets = CriteriaStore(*db).sets().value();
    auto criterion = [&](const QString& setId, int n) {
        for (const CriteriaSet& s : sets) {
            if (s.id == setId) {
                return s.criterionByNumber(n)->id;
            }
        }
        return QString();
    };
    // New 1 <- old 1 + old 2 (both met); new 2 <- old 3 (basically met).
    for (const auto& [from, to] : QList<QPair<int, int>>{{1, 1}, {2, 1}, {3, 2}}) {
        REQUIRE(sql::run(db->sql(),
                         QStringLiteral("INSERT INTO criterion_crosswalk (id, province_id, from_criterion_id, "
                                        "to_criterion_id) VALUES (?, ?, ?, ?)"),
                         {ids::newId(), f.province, criterion(f.setNew, from), criterion(f.setOther, to)}, QString())
                    .ok());
    }
    auto progress = progressOf(*db);
    const CommuneProgress p = progress.communeProgress(f.communeB1, QDate(2026, 3, 1)).value();
    CHECK(statusOf(p, 1) == S::Met);
    CHECK(statusOf(p, 2) == S::BasicallyMet);
    CHECK(p.criteria.at(0).viaCrosswalk);
    CHECK(p.met == 1);
}

TEST_CASE("A merged commune leaves the lists after the merger and keeps its history", "[progress]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const Fixture f = makeFixture(*db);
    addEvent(*db, f.communeA2, f.setNew, 1, QDate(2018, 1, 1), S::Met);
    UnitStore units(*db);
    CHECK(units.communesOn(QDate(2019, 12, 31), f.districtA, true).value().size() == 2);
    CHECK(units.communesOn(QDate(2020, 1, 1), f.districtA, true).value().size() == 1);
    CHECK(units.communesOn(QDate(2019, 12, 31), f.districtB, true).value().size() == 1); // the ward is not counted
    CHECK(units.communeLineage(f.communeA2).value().constFirst().successorId == f.communeA1);
    auto progress = progressOf(*db);
    CHECK(progress.communeProgress(f.communeA2, QDate(2019, 6, 1)).value().met == 1);
}

TEST_CASE("Count met over time: the dates where it changes, with set changes", "[progress]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const Fixture f = makeFixture(*db);
    addEvent(*db, f.communeB1, f.setOld, 1, QDate(2012, 1, 1), S::Met);
    addEvent(*db, f.communeB1, f.setOld, 2, QDate(2013, 1, 1), S::Met);
    addEvent(*db, f.communeB1, f.setOld, 3, QDate(2013, 6, 1), S::BasicallyMet);
    addEvent(*db, f.communeB1, f.setNew, 2, QDate(2017, 1, 1), S::NotMet);
    auto progress = progressOf(*db);
    const auto points = progress.metOverTime(f.communeB1, QDate(2026, 12, 31)).value();
    const QList<MetPoint> expected{
        {QDate(2010, 1, 1), 0, 3, QStringLiteral("T-OLD")}, {QDate(2012, 1, 1), 1, 3, QStringLiteral("T-OLD")},
        {QDate(2013, 1, 1), 2, 3, QStringLiteral("T-OLD")}, {QDate(2016, 1, 1), 2, 3, QStringLiteral("T-NEW")},
        {QDate(2017, 1, 1), 1, 3, QStringLiteral("T-NEW")}, {QDate(2026, 1, 1), 0, 2, QStringLiteral("T-2026")}};
    CHECK(points == expected);
}

TEST_CASE("Stats as of a date: communes, recognised, average, distribution, by district", "[progress][stats]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const Fixture f = makeFixture(*db);
    for (int n = 1; n <= 3; ++n) {
        addEvent(*db, f.communeA1, f.setOld, n, QDate(2014, 1, 1), S::Met);
    }
    addEvent(*db, f.communeB1, f.setOld, 1, QDate(2014, 1, 1), S::Met);
    REQUIRE(RecognitionStore(*db)
                .insert({ids::newId(), f.communeA1, RecognitionTier::Ntm, QStringLiteral("1/QĐ-UBND"),
                         QDate(2014, 6, 1), QDate(2020, 1, 1), QStringLiteral("merger"), QString()})
                .ok());
    StatsService stats(*db);
    const ProgressStats s = stats.stats(QDate(2015, 1, 1)).value();
    CHECK(s.communes == 3);
    CHECK(s.recognised == 1);
    CHECK(s.averageMet == Approx(4.0 / 3.0));
    CHECK(s.byMetCount == QMap<int, int>{{0, 1}, {1, 1}, {3, 1}});
    const ProgressStats a = stats.stats(QDate(2015, 1, 1), f.districtA).value();
    CHECK(a.communes == 2);
    CHECK(a.districtName == QStringLiteral("An Phú"));
    // The merger ended the recognition.
    CHECK(stats.stats(QDate(2020, 1, 1)).value().recognised == 0);
}

TEST_CASE("Rotation impact: at start, at end or as of the date while active, months to recognition",
          "[progress][impact]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const Fixture f = makeFixture(*db);
    Official o;
    o.fullName = QStringLiteral("Bùi Ngọc Nhật");
    const QString official = OfficialService(*db).create(o).value();
    Rotation r;
    r.officialId = official;
    r.kind = RotationKind::DieuDong;
    r.decisionNo = QStringLiteral("1");
    r.decisionDate = QDate(2016, 2, 1);
    r.issuingBody = QStringLiteral("BTV");
    r.communeId = f.communeB1;
    r.toPosition = QStringLiteral("Chủ tịch UBND xã");
    r.startDate = QDate(2016, 3, 1);
    REQUIRE(RotationService(*db).create(r, Warnings::Accept).ok());
    addEvent(*db, f.communeB1, f.setNew, 1, QDate(2016, 3, 1), S::Met);
    addEvent(*db, f.communeB1, f.setNew, 2, QDate(2016, 5, 1), S::Met);
    addEvent(*db, f.communeB1, f.setNew, 3, QDate(2016, 9, 1), S::Met);
    REQUIRE(RecognitionStore(*db)
                .insert({ids::newId(), f.communeB1, RecognitionTier::Ntm, QStringLiteral("9/QĐ-UBND"),
                         QDate(2016, 9, 30), QDate(), QString(), QString()})
                .ok());
    RotationImpactService impact(*db);
    const auto active = impact.all(QDate(2016, 6, 1)).value();
    REQUIRE(active.size() == 1);
    CHECK_FALSE(active.constFirst().end.isValid());
    CHECK(active.constFirst().metAtStart == 1);
    CHECK(active.constFirst().metAtEnd == 2);
    CHECK_FALSE(active.constFirst().monthsToRecognition.has_value());
    const auto later = impact.all(QDate(2017, 1, 1)).value();
    CHECK(later.constFirst().metAtEnd == 3);
    CHECK(later.constFirst().gained == 2);
    CHECK(later.constFirst().monthsToRecognition == 6);
    CHECK(impact.all(QDate(2016, 2, 1)).value().isEmpty()); // not started yet
}
