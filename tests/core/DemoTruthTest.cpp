// SPDX-License-Identifier: GPL-3.0-or-later
// The demo against the published figures added on 2026-12-07, and every table whose columns add up, over the whole
// demo: for the province and every district, every year.
#include "TestSupport.h"

#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "service/AssessmentService.h"
#include "service/CommuneDashboard.h"
#include "service/CommuneSettingsService.h"
#include "service/SetResolver.h"
#include "service/StatsService.h"
#include "service/UnitLookup.h"
#include "service/UnitOverview.h"
#include "service/recognition/RecognitionLedger.h"
#include "service/review/DistrictGrouping.h"
#include "service/review/ProvincialReviewService.h"
#include "service/review/ReviewTables.h"
#include "store/AssessmentStore.h"
#include "store/RecognitionStore.h"
#include "store/UnitStore.h"

#include <algorithm>

using namespace ntm::core;
using namespace ntm::test;

namespace {
Database& demoDb()
{
    static TempFolder folder;
    static std::unique_ptr<Database> db = [] {
        auto opened = openDb(folder.path(QStringLiteral("demo.ntm")));
        const Status built = DemoBuilder(*opened).build();
        INFO((built ? QString() : built.error().message).toStdString());
        REQUIRE(built.ok());
        return opened;
    }();
    return *db;
}

ProgressStats statsOn(const QDate& d, const QString& district = {})
{
    const auto s = StatsService(demoDb()).stats(d, district);
    REQUIRE(s.ok());
    return s.value();
}

QString idOf(const QString& name, const QDate& on)
{
    const auto c = UnitLookup::commune(demoDb(), name, on);
    INFO(name.toStdString());
    REQUIRE(c.ok());
    return c.value().id;
}

/// Communes (xã) of the scope holding NTM on the date, counted straight from the units and the ledger (one count
/// per date for every district, "" for the province).
int holders(const RecognitionLedger& ledger, const DistrictGrouping& grouping, const QDate& d, const QString& district)
{
    static QHash<QDate, QHash<QString, int>> cache;
    if (!cache.contains(d)) {
        QHash<QString, int>& counts = cache[d];
        for (const CommuneRow& c : UnitStore(demoDb()).communesOn(d, {}, true).value()) {
            if (ledger.holds(c.id, RecognitionTier::Ntm, d)) {
                counts[QString()] += 1;
                counts[grouping.districtOf(c.id, d)] += 1;
            }
        }
    }
    return cache.value(d).value(district);
}
} // namespace

TEST_CASE("Demo truth: thị xã Kỳ Anh formed on 9/4/2015, with 235 xã before as the baseline review counted",
          "[demo][units]")
{
    UnitStore units(demoDb());
    CHECK(units.communesOn(QDate(2015, 4, 8), QString(), true).value().size() == 235);
    CHECK(units.communesOn(QDate(2015, 4, 9), QString(), true).value().size() == 230);
    const auto kyAnhTown = UnitLookup::district(demoDb(), QStringLiteral("thị xã Kỳ Anh"));
    REQUIRE(kyAnhTown.ok());
    CHECK(kyAnhTown.value().validFrom == QDate(2015, 4, 9));
    CHECK(kyAnhTown.value().note.contains(QStringLiteral("903/NQ-UBTVQH13")));
    const auto kyLong = UnitLookup::commune(demoDb(), QStringLiteral("Kỳ Long"), QDate(2014, 1, 1));
    REQUIRE(kyLong.ok());
    CHECK(kyLong.value().kind == CommuneKind::Xa);
    CHECK(kyLong.value().districtTitle == QStringLiteral("Huyện Kỳ Anh"));
    const auto later = UnitLookup::commune(demoDb(), QStringLiteral("Kỳ Long"), QDate(2016, 1, 1));
    CHECK(later.value().id == kyLong.value().id);
    CHECK(later.value().kind == CommuneKind::Phuong);
    CHECK(later.value().districtTitle == QStringLiteral("Thị xã Kỳ Anh"));
}

TEST_CASE("Demo truth: 173 recognised by 23/9/2019, 200 at the end of 2019, all xã on 17/1/2024 with 60 nâng "
          "cao and 15 kiểu mẫu",
          "[demo][calibration]")
{
    CHECK(statsOn(QDate(2011, 6, 30)).communes == 235);
    CHECK(statsOn(QDate(2018, 12, 31)).recognised == 158);
    CHECK(statsOn(QDate(2019, 9, 23)).recognised == 173);
    const ProgressStats end2019 = statsOn(QDate(2019, 12, 31));
    CHECK(end2019.recognised == 200);
    CHECK(end2019.communes == 230);
    CHECK(end2019.byTier.value(QStringLiteral("kieu_mau")) == 0);
    CHECK(end2019.byTier.value(QStringLiteral("nang_cao")) >= 10);
    const ProgressStats all = statsOn(QDate(2024, 1, 17));
    CHECK(all.recognised == all.communes); // published: 181 of 181 (the unit list has 182, see docs/sources.md)
    CHECK(all.communes == 182);
    CHECK(all.byTier.value(QStringLiteral("nang_cao")) == 60);
    CHECK(all.byTier.value(QStringLiteral("kieu_mau")) == 15);
    CHECK(all.byTier.value(QStringLiteral("hien_dai")) == 0);
    // The first kiểu mẫu in December 2020.
    CHECK(statsOn(QDate(2020, 11, 30)).byTier.value(QStringLiteral("kieu_mau")) == 0);
    CHECK(statsOn(QDate(2020, 12, 31)).byTier.value(QStringLiteral("kieu_mau")) == 2);
}

TEST_CASE("Demo truth: Tượng Sơn NTM 2015, nâng cao 2019, kiểu mẫu 2021, tiers over time", "[demo][calibration]")
{
    const auto ledger = RecognitionLedger::load(demoDb()).value();
    const QString tuongSon = idOf(QStringLiteral("Tượng Sơn"), QDate(2019, 1, 1));
    const auto firstOf = [&](RecognitionTier tier) {
        QDate first;
        for (const Holding& h : ledger.holdingsOf(tuongSon)) {
            if (h.tier == tier && (!first.isValid() || h.from < first)) {
                first = h.from;
            }
        }
        return first;
    };
    CHECK(firstOf(RecognitionTier::Ntm).year() == 2015);
    CHECK(firstOf(RecognitionTier::NangCao).year() == 2019);
    CHECK(firstOf(RecognitionTier::KieuMau).year() == 2021);
    // Every kiểu mẫu also holds nâng cao, and every nâng cao NTM.
    for (const QDate& d : {QDate(2020, 12, 31), QDate(2022, 12, 31), QDate(2024, 1, 17)}) {
        for (const CommuneRow& c : UnitStore(demoDb()).communesOn(d, {}, true).value()) {
            if (ledger.holds(c.id, RecognitionTier::KieuMau, d)) {
                CHECK(ledger.holds(c.id, RecognitionTier::NangCao, d));
            }
            if (ledger.holds(c.id, RecognitionTier::NangCao, d)) {
                CHECK(ledger.holds(c.id, RecognitionTier::Ntm, d));
            }
        }
    }
}

TEST_CASE("Demo truth: the 2020 mergers keep NTM under 3372/BNN-VPĐP, QĐ 3368 re-recognised the others",
          "[demo][recognition]")
{
    const auto ledger = RecognitionLedger::load(demoDb()).value();
    // Tân Dân (Đức Long + Đức Lập, Đức Thọ): both recognised by 2019, so it keeps NTM from 1/1/2020.
    const QString tanDan = idOf(QStringLiteral("Tân Dân"), QDate(2020, 6, 1));
    const Holding* kept = ledger.shownHolding(tanDan, RecognitionTier::Ntm, QDate(2020, 1, 1));
    REQUIRE(kept);
    CHECK(kept->basis == HoldingBasis::KeptThroughMerger);
    CHECK(kept->ruleSource == QStringLiteral("3372/BNN-VPĐP"));
    CHECK(kept->datedOn.year() <= 2019);
    // Yên Hòa (Cẩm Xuyên): a part was not recognised; recognised again by QĐ 3368/QĐ-UBND of 20/12/2023.
    const QString yenHoa = idOf(QStringLiteral("Yên Hòa"), QDate(2020, 6, 1));
    CHECK_FALSE(ledger.holds(yenHoa, RecognitionTier::Ntm, QDate(2023, 12, 19)));
    const Holding* again = ledger.shownHolding(yenHoa, RecognitionTier::Ntm, QDate(2023, 12, 20));
    REQUIRE(again);
    CHECK(again->decisionNo == QStringLiteral("3368/QĐ-UBND"));
    CHECK_FALSE(again->illustrative);
    // The merged parts' decisions were ended by core when the mergers were recorded.
    const auto ended = sql::scalar(demoDb().sql(), QStringLiteral("SELECT count(*) FROM recognition WHERE end_reason = "
                                                                  "'merger' AND ended_on IS NOT NULL"));
    CHECK(ended.value().toInt() > 40);
    // The 1/7/2025 reform: the rule applies by default, marked unverified wherever it is shown.
    int keptIn2025 = 0;
    int held = 0;
    const auto units = UnitStore(demoDb()).allCommunes().value();
    for (const CommuneRow& c : UnitStore(demoDb()).communesOn(QDate(2025, 7, 1), {}, true).value()) {
        const Holding* h = ledger.shownHolding(c.id, RecognitionTier::Ntm, QDate(2025, 7, 1));
        held += h ? 1 : 0;
        const bool formed = std::any_of(units.cbegin(), units.cend(), [&](const Commune& u) {
            return u.id == c.id && u.validFrom == QDate(2025, 7, 1);
        });
        if (h && formed) {
            CHECK(h->basis == HoldingBasis::KeptThroughMerger);
            CHECK_FALSE(h->ruleVerified);
            ++keptIn2025;
        }
    }
    CHECK(keptIn2025 > 2);
    CHECK(statsOn(QDate(2026, 11, 15)).recognised == held);
}

TEST_CASE("Demo truth: a commune outside its life says so and shows its last standing", "[demo][life]")
{
    Database& db = demoDb();
    const QString oldThachKhe = idOf(QStringLiteral("Thạch Khê"), QDate(2016, 1, 4));
    const auto d = CommuneDashboardService(db).load(oldThachKhe, QDate(2026, 12, 7));
    REQUIRE(d.ok());
    CHECK(d.value().life.state == CommuneLife::State::Ended);
    CHECK(d.value().life.sentence() == QStringLiteral("Merged into Xã Thạch Khê on 01/07/2025."));
    CHECK(d.value().standingOn == QDate(2025, 6, 30));
    CHECK(d.value().progress.total == 20); // its last standing under Hà Tĩnh's 20, never the 2026 set
    CHECK(d.value().districtTitle == QStringLiteral("Thành phố Hà Tĩnh"));
    CHECK(d.value().series.constLast().date <= QDate(2025, 6, 30));
    const QString newThachKhe = idOf(QStringLiteral("Thạch Khê"), QDate(2025, 7, 1));
    const auto early = CommuneDashboardService(db).load(newThachKhe, QDate(2016, 12, 31));
    REQUIRE(early.ok());
    CHECK(early.value().life.state == CommuneLife::State::NotYet);
    CHECK_FALSE(early.value().standingOn.isValid());
    CHECK(early.value().progress.total == 0);
    CHECK(early.value().life.sentence().startsWith(QStringLiteral("Formed on 01/07/2025 from ")));
    CHECK(early.value().life.predecessors.size() == 3);
}

TEST_CASE("Demo truth: every row of recognitions per year adds up, province and every district, every year",
          "[demo][reconciliation]")
{
    Database& db = demoDb();
    const auto grouping = DistrictGrouping::load(db).value();
    const auto ledger = RecognitionLedger::load(db).value();
    ProvincialReviewService service(db);
    QList<QPair<QString, QDate>> scopes{{QString(), QDate(2026, 11, 15)}};
    for (const District& d : grouping.districts()) {
        // Lộc Hà ended on 31/12/2024; the others count their former communes to the end of the demo.
        scopes.append({d.id, d.validTo < QDate(2025, 6, 30) ? d.validTo : QDate(2026, 11, 15)});
    }
    REQUIRE(scopes.size() == 14);
    for (const auto& [district, asOf] : scopes) {
        const auto review = service.review(asOf, district);
        INFO("district " << (review ? review.value().districtName.toStdString() : district.toStdString()));
        REQUIRE(review.ok());
        int previous = 0;
        for (const RecognitionYear& y : review.value().recognitions) {
            INFO(y.year << ": " << y.start << " + " << y.recognised << " + " << y.kept << " - " << y.endedByMerger
                        << " - " << y.withdrawn << " + " << y.moved << " = " << y.cumulative);
            CHECK(y.addsUp());
            CHECK(y.start == previous);
            CHECK(y.cumulative == holders(ledger, grouping, y.periodEnd, district));
            CHECK(y.cumulative <= y.communes);
            CHECK(y.recognised >= 0);
            CHECK(y.kept >= 0);
            CHECK(y.endedByMerger >= 0);
            previous = y.cumulative;
        }
        int banded = 0;
        for (const BandCount& b : review.value().bands) {
            banded += b.communes;
        }
        CHECK(banded == review.value().communes);
        for (const MissedCriterion& m : review.value().missed) {
            CHECK(m.basicallyMet + m.notMet + m.notAssessed == m.missing);
            CHECK(m.missing <= m.communesUnderSet);
        }
        // The exported table adds up the same way.
        const TableData t = ReviewTables::table(review.value(), ReviewTable::Recognitions);
        for (const QVariantList& row : t.rows) {
            CHECK(row.at(2).toInt() + row.at(3).toInt() + row.at(4).toInt() - row.at(5).toInt() - row.at(6).toInt() +
                      row.at(7).toInt() ==
                  row.at(8).toInt());
        }
    }
}

TEST_CASE("Demo truth: the communes view counts only xã as recognised (no '17 of 16')", "[demo][reconciliation]")
{
    Database& db = demoDb();
    const auto ledger = RecognitionLedger::load(db).value();
    const auto grouping = DistrictGrouping::load(db).value();
    for (int year = 2011; year <= 2026; ++year) {
        for (const QDate& d : {QDate(year, 2, 28), QDate(year, 12, 31)}) {
            const auto overview = UnitOverviewService(db).overview(d);
            REQUIRE(overview.ok());
            int recognised = 0;
            for (const DistrictOverview& g : overview.value()) {
                INFO(g.title.toStdString() << " on " << d.toString(Qt::ISODate).toStdString());
                CHECK(g.recognised() <= g.programmeCommunes());
                if (!g.districtId.isEmpty()) {
                    CHECK(g.recognised() == holders(ledger, grouping, d, g.districtId));
                }
                recognised += g.recognised();
            }
            CHECK(recognised == holders(ledger, grouping, d, QString()));
        }
    }
    // The review's date: Can Lộc on 29/02/2020, a recognised xã that became a thị trấn is listed, not counted.
    CHECK(statsOn(QDate(2020, 2, 29), UnitLookup::district(db, QStringLiteral("Can Lộc")).value().id).recognised <= 16);
}

TEST_CASE("Demo truth: every demo assessment passes the rules of a user's entry", "[demo][rules]")
{
    Database& db = demoDb();
    const auto resolver = SetResolver::load(db).value();
    QHash<QString, Commune> communes;
    for (const Commune& c : UnitStore(db).allCommunes().value()) {
        communes.insert(c.id, c);
    }
    const auto all = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM assessment")).value().toInt();
    REQUIRE(all > 5000);
    int checked = 0;
    for (auto it = communes.cbegin(); it != communes.cend(); ++it) {
        for (const Assessment& a : AssessmentStore(db).historyOf(it.key()).value()) {
            AssessmentInput in;
            in.criterionId = a.criterionId;
            in.status = a.status;
            const Issues issues = AssessmentService::checkAgainst(*it, resolver, a.assessedOn, {in});
            for (const Issue& i : issues) {
                INFO(a.assessedOn.toString(Qt::ISODate).toStdString() << ": " << i.message.toStdString());
                CHECK_FALSE(i.isError());
            }
            ++checked;
        }
    }
    CHECK(checked == all);
    // And every recognition through the rules of the settings dialog (errors only: a warning asks to confirm).
    CommuneSettingsService settings(db);
    for (const Recognition& r : RecognitionStore(db).list().value()) {
        const auto issues = settings.checkRecognition(r);
        REQUIRE(issues.ok());
        for (const Issue& i : issues.value()) {
            INFO(r.decidedOn.toString(Qt::ISODate).toStdString() << ": " << i.message.toStdString());
            CHECK_FALSE(i.isError());
        }
    }
}

TEST_CASE("Demo truth: illustrative rows are marked, commune groups and decision numbers say so", "[demo][labels]")
{
    Database& db = demoDb();
    CHECK(sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM commune_group WHERE illustrative = 0"))
              .value()
              .toInt() == 0);
    CHECK(sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM commune_group")).value().toInt() == 60);
    // Only decisions whose number and date come from a source are not illustrative: QĐ 3368/QĐ-UBND (20/12/2023) for
    // the merged communes that had to qualify again, QĐ 218/QĐ-UBND (15/1/2021) for Lâm Hợp.
    int real = 0;
    for (const Recognition& r : RecognitionStore(db).list().value()) {
        if (!r.illustrative) {
            INFO(r.decisionNo.toStdString() << " " << r.decidedOn.toString(Qt::ISODate).toStdString());
            CHECK(((r.decisionNo == QStringLiteral("3368/QĐ-UBND") && r.decidedOn == QDate(2023, 12, 20)) ||
                   (r.decisionNo == QStringLiteral("218/QĐ-UBND") && r.decidedOn == QDate(2021, 1, 15))));
            ++real;
        }
    }
    CHECK(real == 4);
    const auto assumed =
        sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM set_assignment WHERE assumption = 1"));
    CHECK(assumed.value().toInt() == 2);
}
