// SPDX-License-Identifier: GPL-3.0-or-later
// The district and province summaries the printed reports show: figures, bands, groups, recognitions and
// rotations, on the small hand-built fixture where every count can be checked by hand.
#include "TestSupport.h"

#include "service/AreaSummary.h"
#include "store/OfficialStore.h"
#include "store/RecognitionStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"
#include "util/Ids.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
/// A1 meets all 3 criteria of T-NEW and is recognised in 2017; A2 meets 1 of 3; B1 none; B2 is a ward.
/// An official served in A2 from 2017 (A2 merged into A1 on 1/1/2020).
struct Area
{
    TempFolder tmp;
    std::unique_ptr<Database> db = openDb(tmp.path(QStringLiteral("area.ntm")));
    Fixture f = makeFixture(*db);
    QString rotation;

    Area()
    {
        for (int n = 1; n <= 3; ++n) {
            addEvent(*db, f.communeA1, f.setNew, n, QDate(2017, 3, 1), CriterionStatus::Met);
        }
        addEvent(*db, f.communeA2, f.setNew, 1, QDate(2017, 3, 1), CriterionStatus::Met);
        Recognition r;
        r.id = ids::newId();
        r.communeId = f.communeA1;
        r.decisionNo = QStringLiteral("12/QĐ-UBND");
        r.decidedOn = QDate(2017, 9, 1);
        REQUIRE(RecognitionStore(*db).insert(r).ok());
        Official o;
        o.id = ids::newId();
        o.fullName = QStringLiteral("Nguyễn Văn Thử");
        REQUIRE(OfficialStore(*db).insert(o).ok());
        Rotation rot;
        rot.id = ids::newId();
        rot.officialId = o.id;
        rot.communeId = f.communeA2;
        rot.decisionNo = QStringLiteral("15/QĐ-UBND");
        rot.decisionDate = QDate(2016, 12, 20);
        rot.issuingBody = QStringLiteral("UBND huyện An Phú");
        rot.toPosition = QStringLiteral("Chủ tịch UBND xã");
        rot.startDate = QDate(2017, 1, 1);
        rot.plannedEnd = QDate(2019, 12, 31);
        REQUIRE(RotationStore(*db).insert(rot).ok());
        rotation = rot.id;
    }
};

int band(const QList<int>& counts, MetBand b)
{
    return counts.value(static_cast<int>(MetBands::all().indexOf(b)));
}
} // namespace

TEST_CASE("A district summary: its communes, bands, recognitions and rotations as of the date", "[service][summary]")
{
    Area a;
    const auto s = AreaSummaryService(*a.db).district(a.f.districtA, QDate(2018, 6, 30));
    REQUIRE(s.ok());
    const AreaSummary& d = s.value();
    CHECK(d.districtTitle == QStringLiteral("Huyện An Phú"));
    CHECK(d.provinceName == QStringLiteral("Tỉnh Thử"));
    CHECK_FALSE(d.isProvince());
    CHECK(d.stats.communes == 2);
    CHECK(d.stats.recognised == 1);
    REQUIRE(d.groups.size() == 1);
    CHECK(d.communeCount() == 2);
    CHECK(band(d.bandCounts, MetBand::AllMet) == 1);
    CHECK(band(d.bandCounts, MetBand::FiveToNine) == 1); // 1 of 3: a quarter or more
    CHECK(d.recognisedOn.value(a.f.communeA1) == QDate(2017, 9, 1));
    CHECK_FALSE(d.recognisedOn.contains(a.f.communeA2));
    REQUIRE(d.rotations.size() == 1);
    CHECK(d.rotations.constFirst().officialName == QStringLiteral("Nguyễn Văn Thử"));
    CHECK(d.rotations.constFirst().metAtEnd == 1);

    // District B has no rotation; after A2 merged away its rotation stays with A.
    const auto other = AreaSummaryService(*a.db).district(a.f.districtB, QDate(2018, 6, 30));
    REQUIRE(other.ok());
    CHECK(other.value().rotations.isEmpty());
    const auto later = AreaSummaryService(*a.db).district(a.f.districtA, QDate(2021, 1, 1));
    REQUIRE(later.ok());
    CHECK(later.value().stats.communes == 1);
    REQUIRE(later.value().rotations.size() == 1);
    CHECK(later.value().rotations.constFirst().rotation.id == a.rotation);
}

TEST_CASE("The province summary: one group per district, totals and bands over all", "[service][summary]")
{
    Area a;
    const auto s = AreaSummaryService(*a.db).province(QDate(2018, 6, 30));
    REQUIRE(s.ok());
    const AreaSummary& p = s.value();
    CHECK(p.isProvince());
    CHECK(p.provinceName == QStringLiteral("Tỉnh Thử"));
    CHECK(p.stats.communes == 3); // the ward is listed but not counted
    CHECK(p.communeCount() == 4);
    REQUIRE(p.groups.size() == 2);
    CHECK(p.groups.at(0).overview.title == QStringLiteral("Huyện An Phú"));
    CHECK(p.groups.at(0).stats.communes == 2);
    CHECK(p.groups.at(1).stats.communes == 1);
    CHECK(band(p.groups.at(1).bandCounts, MetBand::UnderFive) == 1);
    CHECK(band(p.bandCounts, MetBand::AllMet) == 1);
    CHECK(band(p.bandCounts, MetBand::FiveToNine) == 1);
    CHECK(band(p.bandCounts, MetBand::UnderFive) == 1);
    CHECK(p.rotations.size() == 1);
}

TEST_CASE("Summaries refuse a district that no longer exists and a database of several provinces", "[service][summary]")
{
    Area a;
    const auto ended = AreaSummaryService(*a.db).district(a.f.districtA, QDate(2026, 1, 1));
    REQUIRE_FALSE(ended.ok());
    CHECK(ended.error().field == QStringLiteral("district"));
    CHECK(ended.error().message.contains(QStringLiteral("30/06/2025")));
    CHECK_FALSE(AreaSummaryService(*a.db).district(ids::newId(), QDate(2018, 1, 1)).ok());
    CHECK_FALSE(AreaSummaryService(*a.db).province(QDate()).ok());

    REQUIRE(UnitStore(*a.db).insertProvince({ids::newId(), QStringLiteral("98"), QStringLiteral("Tỉnh Khác")}).ok());
    const auto several = AreaSummaryService(*a.db).province(QDate(2018, 1, 1));
    REQUIRE_FALSE(several.ok());
    CHECK(several.error().field == QStringLiteral("province"));
}
