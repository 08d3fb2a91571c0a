// SPDX-License-Identifier: GPL-3.0-or-later
// The commune dashboard: the article's two communes in the demo, and a small hand-built commune.
#include "TestSupport.h"

#include "service/CommuneDashboard.h"
#include "service/OfficialService.h"
#include "service/RotationService.h"
#include "service/UnitLookup.h"
#include "store/RecognitionStore.h"
#include "store/ReviewStore.h"
#include "util/Ids.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
/// One demo database per test process, built on first use.
Database& demoDb()
{
    static TempFolder folder;
    static std::unique_ptr<Database> db = openDemo(folder.path(QStringLiteral("demo.ntm")));
    return *db;
}

CommuneDashboard dashboardOf(Database& db, const QString& id, const QDate& asOf)
{
    const auto d = CommuneDashboardService(db).load(id, asOf);
    INFO((d ? QString() : d.error().message).toStdString());
    REQUIRE(d.ok());
    return d.value();
}

/// The count met on `date` read from the series: the last point on or before it.
int metOnFromSeries(const QList<MetPoint>& series, const QDate& date)
{
    int met = -1;
    for (const MetPoint& p : series) {
        if (p.date <= date) {
            met = p.met;
        }
    }
    return met;
}

QString ducYenId()
{
    const auto c = UnitLookup::commune(demoDb(), QStringLiteral("Đức Yên"), QDate(2016, 3, 1));
    REQUIRE(c.ok());
    return c.value().id;
}
} // namespace

TEST_CASE("Commune dashboard: Đức Yên as of 1/10/2016 meets all 20 and is recognised", "[dashboard][demo]")
{
    const CommuneDashboard d = dashboardOf(demoDb(), ducYenId(), QDate(2016, 10, 1));
    CHECK(d.communeId == ducYenId());
    CHECK(d.asOf == QDate(2016, 10, 1));
    CHECK(d.title == QStringLiteral("Xã Đức Yên"));
    CHECK(d.period.name == QStringLiteral("Đức Yên"));
    CHECK(d.districtName == QStringLiteral("Đức Thọ"));
    CHECK(d.provinceName.contains(QStringLiteral("Hà Tĩnh")));
    CHECK(d.progress.setCode == QStringLiteral("HT20-QD491"));
    CHECK(d.progress.met == 20);
    CHECK(d.progress.total == 20);
    REQUIRE(d.activeNtm.has_value());
    CHECK(d.activeNtm->decidedOn == QDate(2016, 9, 30));
    CHECK(d.activeNtm->tier == RecognitionTier::Ntm);
    CHECK_FALSE(d.recognitions.isEmpty());

    REQUIRE_FALSE(d.series.isEmpty());
    CHECK(metOnFromSeries(d.series, QDate(2016, 3, 1)) == 9);
    CHECK(d.series.constLast().met == 20);
    CHECK(d.series.constLast().date <= QDate(2016, 10, 1));
    int previous = 9;
    for (const MetPoint& p : d.series) {
        if (p.date > QDate(2016, 3, 1)) {
            CHECK(p.met >= previous); // climbs, never falls, while Bùi Ngọc Nhật is there
            previous = p.met;
        }
    }

    const RotationImpactRow* nhat = nullptr;
    for (const RotationImpactRow& r : d.officials) {
        CHECK(r.rotation.startDate <= d.asOf);
        if (r.officialName == QStringLiteral("Bùi Ngọc Nhật")) {
            nhat = &r;
        }
    }
    REQUIRE(nhat);
    CHECK(nhat->rotation.startDate == QDate(2016, 3, 1));
    CHECK(nhat->metAtStart == 9);
    CHECK(nhat->metAtEnd == 20);
    CHECK_FALSE(nhat->end.isValid());
    CHECK(d.lineage.size() == 1); // into thị trấn Đức Thọ on 1/1/2020
}

TEST_CASE("Commune dashboard: Đức Yên as of 1/3/2016 meets 9 and is not yet recognised", "[dashboard][demo]")
{
    const CommuneDashboard d = dashboardOf(demoDb(), ducYenId(), QDate(2016, 3, 1));
    CHECK(d.progress.met == 9);
    CHECK_FALSE(d.activeNtm.has_value());
    REQUIRE_FALSE(d.series.isEmpty());
    CHECK(d.series.constLast().met == 9);
    CHECK(d.series.constLast().date <= QDate(2016, 3, 1));
}

TEST_CASE("Commune dashboard: Thạch Khê has weekly review meetings and 8 villages", "[dashboard][demo]")
{
    const auto thachKhe = UnitLookup::commune(demoDb(), QStringLiteral("Thạch Khê"), QDate(2016, 6, 1));
    REQUIRE(thachKhe.ok());
    const CommuneDashboard d = dashboardOf(demoDb(), thachKhe.value().id, QDate(2016, 6, 1));
    CHECK(d.title == QStringLiteral("Xã Thạch Khê"));
    CHECK(d.districtName == QStringLiteral("Thạch Hà"));
    CHECK(d.villages.size() == 8);
    REQUIRE(d.meetings.size() > 10);
    CHECK(d.meetings.constFirst().heldOn <= QDate(2016, 6, 1));
    CHECK(d.meetings.at(0).heldOn == d.meetings.at(1).heldOn.addDays(7)); // newest first, weekly
    REQUIRE(d.officials.size() == 1);
    CHECK(d.officials.constFirst().officialName == QStringLiteral("Phạm Tiến Nam"));
}

TEST_CASE("Commune dashboard: an unknown commune id or an invalid date is an error", "[dashboard]")
{
    const auto unknown = CommuneDashboardService(demoDb()).load(QStringLiteral("no-such-id"), QDate(2016, 10, 1));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("commune"));
    CHECK(unknown.error().message.contains(QStringLiteral("no-such-id")));
    const auto noDate = CommuneDashboardService(demoDb()).load(ducYenId(), QDate());
    REQUIRE_FALSE(noDate.ok());
    CHECK(noDate.error().field == QStringLiteral("as_of"));
}

namespace {
/// Xã An Hòa of the fixture: 1 → 2 of 3 under T-OLD, carried into T-NEW on 1/1/2016, 3 of 3 from 1/6/2016.
struct SmallCommune
{
    TempFolder tmp;
    std::unique_ptr<Database> db = openDb(tmp.path(QStringLiteral("d.ntm")));
    Fixture f = makeFixture(*db);

    SmallCommune()
    {
        addEvent(*db, f.communeA1, f.setOld, 1, QDate(2012, 3, 1), CriterionStatus::Met);
        addEvent(*db, f.communeA1, f.setOld, 2, QDate(2013, 5, 1), CriterionStatus::Met);
        addEvent(*db, f.communeA1, f.setOld, 3, QDate(2014, 1, 1), CriterionStatus::BasicallyMet);
        addEvent(*db, f.communeA1, f.setNew, 3, QDate(2016, 6, 1), CriterionStatus::Met);
        recognise(RecognitionTier::Ntm, QDate(2016, 7, 1), QDate(2020, 1, 1));
        recognise(RecognitionTier::NangCao, QDate(2018, 5, 1), QDate(2020, 1, 1));
        meet(QDate(2016, 1, 4));
        meet(QDate(2016, 1, 11));
        meet(QDate(2016, 2, 1));
        village(QStringLiteral("Thôn Đông"), QDate());
        village(QStringLiteral("Thôn Tây"), QDate(2015, 12, 31));
    }

    void recognise(RecognitionTier tier, const QDate& on, const QDate& ended)
    {
        Recognition r;
        r.id = ids::newId();
        r.communeId = f.communeA1;
        r.tier = tier;
        r.decisionNo = QStringLiteral("%1/QĐ-UBND").arg(on.year());
        r.decidedOn = on;
        r.endedOn = ended;
        r.endReason = QStringLiteral("merger");
        REQUIRE(RecognitionStore(*db).insert(r).ok());
    }

    void meet(const QDate& on)
    {
        ReviewMeeting m;
        m.id = ids::newId();
        m.communeId = f.communeA1;
        m.heldOn = on;
        REQUIRE(ReviewStore(*db).insertMeeting(m).ok());
    }

    void village(const QString& name, const QDate& until)
    {
        Village v;
        v.id = ids::newId();
        v.communeId = f.communeA1;
        v.name = name;
        v.validTo = until;
        REQUIRE(ReviewStore(*db).insertVillage(v).ok());
    }

    void rotate(const QString& name, const QDate& start, const QString& decisionNo)
    {
        Official o;
        o.fullName = name;
        o.birthDate = QDate(1980, 5, 4);
        const auto official = OfficialService(*db).create(o);
        REQUIRE(official.ok());
        Rotation r;
        r.officialId = official.value();
        r.decisionNo = decisionNo;
        r.decisionDate = start.addDays(-10);
        r.issuingBody = QStringLiteral("Ban Thường vụ Huyện ủy An Phú");
        r.communeId = f.communeA1;
        r.toPosition = QStringLiteral("Chủ tịch UBND xã");
        r.startDate = start;
        r.plannedEnd = start.addYears(3).addDays(-1);
        REQUIRE(RotationService(*db).create(r, Warnings::Accept).ok());
    }
};
} // namespace

TEST_CASE("Commune dashboard: a hand-built commune's series, recognition, meetings and villages", "[dashboard]")
{
    SmallCommune c;
    c.rotate(QStringLiteral("Lê Văn Hùng"), QDate(2013, 1, 1), QStringLiteral("1-QĐ/HU"));
    c.rotate(QStringLiteral("Trần Thị Mai"), QDate(2017, 1, 1), QStringLiteral("2-QĐ/HU"));

    const CommuneDashboard d = dashboardOf(*c.db, c.f.communeA1, QDate(2016, 7, 1));
    CHECK(d.title == QStringLiteral("Xã An Hòa"));
    CHECK(d.districtName == QStringLiteral("An Phú"));
    CHECK(d.provinceName == QStringLiteral("Tỉnh Thử"));
    CHECK(d.progress.setCode == QStringLiteral("T-NEW"));
    CHECK(d.progress.met == 3);
    const QList<MetPoint> expected{{QDate(2010, 1, 1), 0, 3, QStringLiteral("T-OLD")},
                                   {QDate(2012, 3, 1), 1, 3, QStringLiteral("T-OLD")},
                                   {QDate(2013, 5, 1), 2, 3, QStringLiteral("T-OLD")},
                                   {QDate(2016, 1, 1), 2, 3, QStringLiteral("T-NEW")},
                                   {QDate(2016, 6, 1), 3, 3, QStringLiteral("T-NEW")}};
    CHECK(d.series == expected);
    REQUIRE(d.activeNtm.has_value());
    CHECK(d.activeNtm->decidedOn == QDate(2016, 7, 1)); // active from the day of the decision
    CHECK(d.recognitions.size() == 2);
    REQUIRE(d.officials.size() == 1); // the 2017 rotation has not started yet
    CHECK(d.officials.constFirst().officialName == QStringLiteral("Lê Văn Hùng"));
    CHECK(d.officials.constFirst().metAtStart == 1);
    CHECK(d.officials.constFirst().metAtEnd == 3);
    REQUIRE(d.meetings.size() == 3);
    CHECK(d.meetings.constFirst().heldOn == QDate(2016, 2, 1));
    REQUIRE(d.villages.size() == 1);
    CHECK(d.villages.constFirst().name == QStringLiteral("Thôn Đông"));
    REQUIRE(d.lineage.size() == 1);
    CHECK(d.lineage.constFirst().predecessorId == c.f.communeA2);

    const CommuneDashboard before = dashboardOf(*c.db, c.f.communeA1, QDate(2016, 1, 20));
    CHECK(before.progress.met == 2);
    CHECK(before.progress.basicallyMet == 1);
    CHECK(before.progress.criteria.at(0).carriedFromSet == QStringLiteral("T-OLD"));
    CHECK_FALSE(before.activeNtm.has_value());
    CHECK(before.series.constLast() == MetPoint{QDate(2016, 1, 1), 2, 3, QStringLiteral("T-NEW")});
    REQUIRE(before.meetings.size() == 2);
    CHECK(before.meetings.constFirst().heldOn == QDate(2016, 1, 11));
    CHECK(before.villages.size() == 1);

    CHECK(dashboardOf(*c.db, c.f.communeA1, QDate(2015, 6, 1)).villages.size() == 2);
    // The higher tier stays out of activeNtm; the merger on 1/1/2020 ends both recognitions.
    CHECK(dashboardOf(*c.db, c.f.communeA1, QDate(2019, 1, 1)).activeNtm->tier == RecognitionTier::Ntm);
    CHECK_FALSE(dashboardOf(*c.db, c.f.communeA1, QDate(2020, 1, 1)).activeNtm.has_value());
}
