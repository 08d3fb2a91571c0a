// SPDX-License-Identifier: GPL-3.0-or-later
// Recognition across mergers as a rule of each reform (3372/BNN-VPĐP): applied by core when a merger is recorded
// and whenever figures are computed, editable by an administrator, audited.
#include "TestSupport.h"

#include "db/Sql.h"
#include "service/StatsService.h"
#include "service/recognition/MergerService.h"
#include "service/recognition/RecognitionLedger.h"
#include "service/recognition/RecognitionText.h"
#include "service/recognition/ReformService.h"
#include "store/RecognitionStore.h"
#include "store/ReformStore.h"
#include "store/UnitStore.h"
#include "util/Ids.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
const QDate kMerger(2020, 1, 1);

Commune commune(const QString& id, const QDate& from, const QDate& to)
{
    Commune c;
    c.id = id;
    c.validFrom = from;
    c.validTo = to;
    c.periods.append({id + QStringLiteral("-p"), from, to, id, QStringLiteral("Xã ") + id, CommuneKind::Xa, {}});
    return c;
}

Recognition decision(const QString& commune, const QDate& on, RecognitionTier tier = RecognitionTier::Ntm)
{
    Recognition r;
    r.id = commune + on.toString(Qt::ISODate) + Vocabulary::key(tier);
    r.communeId = commune;
    r.tier = tier;
    r.decidedOn = on;
    r.decisionNo = QStringLiteral("1/QĐ-UBND");
    return r;
}

LineageLink link(const QString& from, const QString& to, const QDate& on, const QString& kind = QStringLiteral("merge"))
{
    return {from + to, from, to, on, kind, QString(), true, QString(), QString()};
}

Reform reform(RecognitionRule rule, bool verified)
{
    Reform r;
    r.id = QStringLiteral("reform");
    r.code = QStringLiteral("test");
    r.name = QStringLiteral("Sắp xếp thử");
    r.startsOn = QDate(2019, 1, 1);
    r.endsOn = QDate(2021, 12, 31);
    r.rule = rule;
    r.ruleSource = verified ? QStringLiteral("3372/BNN-VPĐP") : QString();
    r.ruleVerified = verified;
    return r;
}

/// A and B merge into the new commune C on 1/1/2020.
RecognitionLedger merged(const QList<Recognition>& decisions, const QList<Reform>& reforms)
{
    const QList<Commune> communes{commune(QStringLiteral("A"), {}, QDate(2019, 12, 31)),
                                  commune(QStringLiteral("B"), {}, QDate(2019, 12, 31)),
                                  commune(QStringLiteral("C"), kMerger, {})};
    return RecognitionLedger::build(decisions,
                                    {link(QStringLiteral("A"), QStringLiteral("C"), kMerger),
                                     link(QStringLiteral("B"), QStringLiteral("C"), kMerger)},
                                    reforms, communes);
}
} // namespace

TEST_CASE("Recognition rule: kept when every merged commune held it, dated with the most recent", "[recognition]")
{
    const auto ledger =
        merged({decision(QStringLiteral("A"), QDate(2016, 5, 1)), decision(QStringLiteral("B"), QDate(2018, 9, 2))},
               {reform(RecognitionRule::KeptIfAllHeld, true)});
    CHECK(ledger.holds(QStringLiteral("A"), RecognitionTier::Ntm, QDate(2019, 12, 31)));
    CHECK_FALSE(ledger.holds(QStringLiteral("A"), RecognitionTier::Ntm, kMerger)); // A ended with the merger
    REQUIRE(ledger.holds(QStringLiteral("C"), RecognitionTier::Ntm, kMerger));
    const Holding* kept = ledger.shownHolding(QStringLiteral("C"), RecognitionTier::Ntm, QDate(2021, 1, 1));
    REQUIRE(kept);
    CHECK(kept->basis == HoldingBasis::KeptThroughMerger);
    CHECK(kept->datedOn == QDate(2018, 9, 2));
    CHECK(kept->from == kMerger);
    CHECK(kept->ruleSource == QStringLiteral("3372/BNN-VPĐP"));
    CHECK(kept->ruleVerified);
    CHECK(RecognitionText::describe(*kept).contains(QStringLiteral("kept through the 2020 merger (3372/BNN-VPĐP)")));
    const Holding* endedA = ledger.lastEnded(QStringLiteral("A"), RecognitionTier::Ntm, kMerger);
    REQUIRE(endedA);
    CHECK(endedA->end == HoldingEnd::Merger);
    // A recognition stays a fact after a set change: nothing in the ledger depends on the criteria set.
    CHECK(ledger.holds(QStringLiteral("C"), RecognitionTier::Ntm, QDate(2026, 6, 1)));
}

TEST_CASE("Recognition rule: the new commune must qualify again when a part was not recognised", "[recognition]")
{
    const auto ledger =
        merged({decision(QStringLiteral("A"), QDate(2016, 5, 1))}, {reform(RecognitionRule::KeptIfAllHeld, true)});
    CHECK_FALSE(ledger.holds(QStringLiteral("C"), RecognitionTier::Ntm, kMerger));
    // Tiers are judged one by one: both held NTM, only A held nâng cao.
    const auto tiers =
        merged({decision(QStringLiteral("A"), QDate(2015, 5, 1)), decision(QStringLiteral("B"), QDate(2016, 5, 1)),
                decision(QStringLiteral("A"), QDate(2019, 6, 1), RecognitionTier::NangCao)},
               {reform(RecognitionRule::KeptIfAllHeld, true)});
    CHECK(tiers.holds(QStringLiteral("C"), RecognitionTier::Ntm, kMerger));
    CHECK_FALSE(tiers.holds(QStringLiteral("C"), RecognitionTier::NangCao, kMerger));
}

TEST_CASE("Recognition rule: a reform whose rule is 'ends', or no reform, ends every recognition", "[recognition]")
{
    const QList<Recognition> both{decision(QStringLiteral("A"), QDate(2016, 5, 1)),
                                  decision(QStringLiteral("B"), QDate(2018, 9, 2))};
    CHECK_FALSE(
        merged(both, {reform(RecognitionRule::Ends, true)}).holds(QStringLiteral("C"), RecognitionTier::Ntm, kMerger));
    CHECK_FALSE(merged(both, {}).holds(QStringLiteral("C"), RecognitionTier::Ntm, kMerger));
    // The decision of the new commune counts from its own date.
    QList<Recognition> again = both;
    again.append(decision(QStringLiteral("C"), QDate(2023, 12, 20)));
    const auto ledger = merged(again, {reform(RecognitionRule::Ends, true)});
    CHECK_FALSE(ledger.holds(QStringLiteral("C"), RecognitionTier::Ntm, QDate(2023, 12, 19)));
    CHECK(ledger.holds(QStringLiteral("C"), RecognitionTier::Ntm, QDate(2023, 12, 20)));
}

TEST_CASE("Recognition rule: a commune absorbing another is one of the merged communes, a rename keeps",
          "[recognition]")
{
    const QList<Commune> communes{commune(QStringLiteral("A"), {}, {}),
                                  commune(QStringLiteral("B"), {}, QDate(2019, 12, 31))};
    const QList<LineageLink> absorb{link(QStringLiteral("B"), QStringLiteral("A"), kMerger)};
    const auto notB = RecognitionLedger::build({decision(QStringLiteral("A"), QDate(2016, 5, 1))}, absorb,
                                               {reform(RecognitionRule::KeptIfAllHeld, true)}, communes);
    CHECK(notB.holds(QStringLiteral("A"), RecognitionTier::Ntm, QDate(2019, 12, 31)));
    CHECK_FALSE(notB.holds(QStringLiteral("A"), RecognitionTier::Ntm, kMerger));
    const auto both = RecognitionLedger::build(
        {decision(QStringLiteral("A"), QDate(2016, 5, 1)), decision(QStringLiteral("B"), QDate(2017, 5, 1))}, absorb,
        {reform(RecognitionRule::KeptIfAllHeld, true)}, communes);
    CHECK(both.holds(QStringLiteral("A"), RecognitionTier::Ntm, QDate(2022, 1, 1)));
    CHECK(both.shownHolding(QStringLiteral("A"), RecognitionTier::Ntm, QDate(2022, 1, 1))->datedOn ==
          QDate(2017, 5, 1));
    const QList<Commune> renamed{commune(QStringLiteral("A"), {}, QDate(2019, 12, 31)),
                                 commune(QStringLiteral("C"), kMerger, {})};
    const auto rename = RecognitionLedger::build(
        {decision(QStringLiteral("A"), QDate(2016, 5, 1))},
        {link(QStringLiteral("A"), QStringLiteral("C"), kMerger, QStringLiteral("rename"))}, {}, renamed);
    CHECK(rename.holds(QStringLiteral("C"), RecognitionTier::Ntm, kMerger));
}

TEST_CASE("Reforms: the migration records the 2019–2021 rule with its source and the 2025 one unverified",
          "[recognition][reform]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("r.ntm")));
    const auto reforms = ReformStore(*db).all();
    REQUIRE(reforms.ok());
    REQUIRE(reforms.value().size() == 3);
    const Reform& r2020 = reforms.value().at(0);
    CHECK(r2020.id == ids::stableId(QStringLiteral("reform:vn-2019-2021")));
    CHECK(r2020.rule == RecognitionRule::KeptIfAllHeld);
    CHECK(r2020.ruleSource == QStringLiteral("3372/BNN-VPĐP"));
    CHECK(r2020.ruleVerified);
    const Reform& r2025 = reforms.value().at(2);
    CHECK(r2025.id == ids::stableId(QStringLiteral("reform:vn-2025-07")));
    CHECK(r2025.covers(QDate(2025, 7, 1)));
    CHECK(r2025.rule == RecognitionRule::KeptIfAllHeld);
    CHECK_FALSE(r2025.ruleVerified);
    CHECK(r2025.note.contains(QStringLiteral("CHƯA XÁC MINH")));
    CHECK(reforms.value().at(1).id == ids::stableId(QStringLiteral("reform:vn-2023-2025")));
}

TEST_CASE("Mergers: recorded through core, they end the parts' decisions and the figures apply the rule",
          "[recognition][reform]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("m.ntm")));
    const Fixture f = makeFixture(*db);
    // A new commune C formed on 1/1/2020 from B1 (recognised) and a second xã B3 (recognised).
    UnitStore units(*db);
    Commune b3;
    b3.id = ids::newId();
    b3.provinceId = f.province;
    b3.validTo = QDate(2019, 12, 31);
    b3.periods.append({ids::newId(), QDate(), b3.validTo, QStringLiteral("00023"), QStringLiteral("Bình Lợi"),
                       CommuneKind::Xa, f.districtB});
    Commune c;
    c.id = ids::newId();
    c.provinceId = f.province;
    c.validFrom = kMerger;
    c.periods.append({ids::newId(), kMerger, QDate(), QStringLiteral("00024"), QStringLiteral("Bình Lợi Minh"),
                      CommuneKind::Xa, f.districtB});
    REQUIRE(units.insertCommune(b3).ok());
    REQUIRE(units.insertCommune(c).ok());
    REQUIRE(sql::run(db->sql(), QStringLiteral("UPDATE commune SET valid_to = '2019-12-31' WHERE id = ?"),
                     {f.communeB1}, QStringLiteral("test"))
                .ok());
    REQUIRE(sql::run(db->sql(),
                     QStringLiteral("UPDATE commune_period SET valid_to = '2019-12-31' WHERE commune_id = ?"),
                     {f.communeB1}, QStringLiteral("test"))
                .ok());
    RecognitionStore recognitions(*db);
    REQUIRE(recognitions.insert(decision(f.communeB1, QDate(2017, 3, 1))).ok());
    REQUIRE(recognitions.insert(decision(b3.id, QDate(2018, 11, 5))).ok());

    MergerInput m;
    m.successorId = c.id;
    m.predecessorIds = {f.communeB1, b3.id};
    m.effectiveOn = QDate(2020, 1, 2); // wrong: the parts end on 31/12/2019
    const auto refused = MergerService(*db).record(m);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("predecessors"));
    m.effectiveOn = kMerger;
    const auto outcome = MergerService(*db).record(m);
    REQUIRE(outcome.ok());
    REQUIRE(outcome.value().reform.has_value());
    CHECK(outcome.value().reform->code == QStringLiteral("vn-2019-2021"));
    REQUIRE(outcome.value().kept.size() == 1);
    CHECK(outcome.value().kept.constFirst().datedOn == QDate(2018, 11, 5));
    CHECK(outcome.value().endedRecognitions.size() == 2);
    for (const Recognition& r : recognitions.list().value()) {
        CHECK(r.endedOn == kMerger);
        CHECK(r.endReason == QStringLiteral("merger"));
    }
    // One entry per lineage row of this merger (on a server the fixture's own lineage is in the trail too).
    CHECK(
        sql::scalar(db->sql(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'commune_lineage' AND row_id IN "
                                   "(SELECT id FROM commune_lineage WHERE successor_id = ?)"),
                    {c.id})
            .value()
            .toInt() == 2);
    // Figures apply the rule when computed: C counts as recognised in its district.
    CHECK(StatsService(*db).stats(QDate(2020, 6, 1), f.districtB).value().recognised == 1);

    // An administrator changes the rule: every figure follows at once, and the change is audited.
    auto rows = ReformService(*db).list();
    REQUIRE(rows.ok());
    Reform r2020 = rows.value().constFirst().reform;
    CHECK(rows.value().constFirst().mergers == 2); // with the fixture's Ân Phong into An Hòa
    r2020.rule = RecognitionRule::Ends;
    r2020.ruleVerified = true;
    r2020.ruleSource.clear();
    CHECK(ReformService::check(r2020).constFirst().field == QStringLiteral("rule_source"));
    REQUIRE_FALSE(ReformService(*db).updateRule(r2020).ok());
    r2020.ruleSource = QStringLiteral("3372/BNN-VPĐP");
    REQUIRE(ReformService(*db).updateRule(r2020).ok());
    CHECK(StatsService(*db).stats(QDate(2020, 6, 1), f.districtB).value().recognised == 0);
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'reform'"))
              .value()
              .toInt() == 1);
    // A stale copy is refused, never applied.
    REQUIRE_FALSE(ReformService(*db).updateRule(r2020).ok());

    // Only an administrator may change a rule.
    Actor reviewer;
    reviewer.username = QStringLiteral("lan");
    reviewer.role = Role::Reviewer;
    db->setActor(reviewer);
    Reform again = ReformService(*db).list().value().constFirst().reform;
    again.rule = RecognitionRule::KeptIfAllHeld;
    const Status denied = ReformService(*db).updateRule(again);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == ErrorKind::Denied);
}
