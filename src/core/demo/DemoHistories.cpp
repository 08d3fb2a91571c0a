// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoHistories.h"
#include "demo/DemoNotes.h"

#include "demo/Calibration.h"
#include "demo/DemoFacts.h"
#include "util/Dates.h"

#include <algorithm>

namespace ntm::core::demo {

namespace {
const QDate kBaseline(2011, 6, 30);
const QDate kCriterion20(2015, 1, 1);
const QDate kMergers2020(2020, 1, 1);
const QDate kSet2026(2026, 2, 15);
/// The xã not yet recognised at the end of 2019: 230 − 200 (published: 173 by 23/9/2019, +27 in round 2/2019).
constexpr int kLateAtEndOf2019 = 30;
/// Of them in Hương Khê: 3 recognised in December 2020, 4 on 28/6/2022 ("then 16/20 xã"), so 4 after that.
constexpr int kHuongKheAfterJune2022 = 4;

int criteriaOn(const QDate& d)
{
    // 19 until 2014; Hà Tĩnh's 20 (criterion 20 from 1/1/2015, assumed) until the 2026–2030 set.
    return d < kCriterion20 ? 19 : 20;
}

/// Its last day as a xã on or after `from` (the day before it became a phường or ended).
QDate lastDayAsXa(const Commune& c, const QDate& from)
{
    QDate last;
    for (const CommunePeriod& p : c.periods) {
        if (p.validTo.isValid() && p.validTo < from) {
            continue;
        }
        if (p.kind != CommuneKind::Xa) {
            break;
        }
        last = p.validTo;
        if (!last.isValid()) {
            break;
        }
    }
    return last;
}
} // namespace

CommunePlan& DemoHistories::planFor(const QString& communeId)
{
    auto it = m_plans.find(communeId);
    if (it == m_plans.end()) {
        CommunePlan p;
        p.communeId = communeId;
        p.eventNote = kGeneratedNote;
        it = m_plans.insert(communeId, p);
    }
    return *it;
}

void DemoHistories::createPhaseOnePlans()
{
    for (const Commune* c : m_units.programmeCommunesOn(kBaseline)) {
        CommunePlan& p = planFor(c->id);
        p.strength = m_rng.uniform();
        if (const CommunePeriod* period = c->periodOn(kBaseline)) {
            if (const District* d = m_units.district(period->districtId)) {
                p.districtCode = d->code;
            }
        }
        const QDate last = lastDayAsXa(*c, kBaseline);
        if (last.isValid() && last < QDate(2019, 12, 31)) {
            p.lastDay = last;
            if (last < QDate(2015, 12, 31)) {
                p.recognitionYear = -1; // became a phường of thị xã Kỳ Anh in 2015 as a xã never recognised
            }
        }
        m_phaseOne.append(c->id);
    }
}

RecognitionLedger DemoHistories::ledger() const
{
    QList<Recognition> recognitions;
    for (auto it = m_plans.cbegin(); it != m_plans.cend(); ++it) {
        int n = 0;
        for (const PlannedRecognition& r : it->recognitions) {
            Recognition rec;
            rec.id = QStringLiteral("%1:%2").arg(it.key()).arg(n++);
            rec.communeId = it.key();
            rec.tier = r.tier;
            rec.decidedOn = r.date;
            rec.endedOn = r.endedOn;
            rec.endReason = r.endReason;
            recognitions.append(rec);
        }
    }
    return RecognitionLedger::build(recognitions, m_units.lineage(), m_reforms, m_units.communes());
}

void DemoHistories::recognise(CommunePlan& plan, const QDate& date, RecognitionTier tier, const QString& note,
                              const QString& decisionNo)
{
    PlannedRecognition r;
    r.date = date;
    r.tier = tier;
    r.note = note;
    if (decisionNo.isEmpty()) {
        const int year = date.year();
        const int number = m_decisionNumbers.value(year, m_rng.between(150, 400)) + m_rng.between(3, 40);
        m_decisionNumbers.insert(year, number);
        r.decisionNo = QStringLiteral("%1/QĐ-UBND").arg(number);
    } else {
        r.decisionNo = decisionNo;
        r.illustrative = false;
    }
    plan.recognitions.append(r);
}

void DemoHistories::markLate(const QHash<QString, int>& deadlineByDistrict)
{
    int late = 0;
    const auto markPlan = [&](const QString& id) {
        auto it = m_plans.find(id);
        if (it != m_plans.end() && it->recognitionYear == 0) {
            it->recognitionYear = -1;
            ++late;
            return true;
        }
        return false;
    };
    // Named in the sources as recognised after 2019: the commune itself, or one part of a merged one.
    for (const NamedRecognition& f : DemoFacts::named()) {
        if (f.tier != RecognitionTier::Ntm || f.date < kMergers2020) {
            continue;
        }
        if (const Commune* c = m_units.findOn(f.name, f.district, f.date)) {
            if (!markPlan(c->id)) {
                for (const QString& part : m_units.predecessorsOn(c->id, kMergers2020)) {
                    if (markPlan(part)) {
                        break;
                    }
                }
            }
        }
    }
    // Re-recognised by QĐ 3368 after the 2020 mergers: one part not recognised, outside the districts whose every
    // xã was recognised by 2019 (there the rule kept their recognition).
    for (const auto& [name, district] : DemoFacts::reRecognised3368()) {
        const Commune* c = m_units.findOn(name, district, DemoFacts::k3368);
        if (!c || deadlineByDistrict.contains(district)) {
            continue;
        }
        for (const QString& part : m_units.predecessorsOn(c->id, kMergers2020)) {
            if (markPlan(part)) {
                break;
            }
        }
    }
    // The rest: the weakest xã that go on unchanged through 2020, four of Hương Khê first ("16/20" in 2022).
    QSet<QString> named;
    for (const NamedRecognition& f : DemoFacts::named()) {
        if (const Commune* c = m_units.findOn(f.name, f.district, f.date)) {
            named.insert(c->id);
        }
    }
    QList<CommunePlan*> pool;
    for (const QString& id : m_phaseOne) {
        CommunePlan& p = m_plans[id];
        const Commune* c = m_units.commune(id);
        if (p.recognitionYear == 0 && !p.lastDay.isValid() && !named.contains(id) && c &&
            !m_units.mergedOn(id, kMergers2020) && !deadlineByDistrict.contains(p.districtCode)) {
            pool.append(&p);
        }
    }
    std::stable_sort(pool.begin(), pool.end(),
                     [](const CommunePlan* a, const CommunePlan* b) { return a->strength < b->strength; });
    for (const bool huongKhe : {true, false}) {
        int wanted = huongKhe ? kHuongKheAfterJune2022 : kLateAtEndOf2019 - late;
        for (CommunePlan* p : pool) {
            if (wanted > 0 && (!huongKhe || p->districtCode == QLatin1String("444")) && markPlan(p->communeId)) {
                m_genericLate.insert(p->communeId);
                --wanted;
            }
        }
    }
}

void DemoHistories::planPhaseOne(const QHash<QString, int>& deadlineByDistrict)
{
    // Named recognitions before 2020 (Tượng Sơn, 2015) take their year before the calibration fills the rest.
    for (const NamedRecognition& f : DemoFacts::named()) {
        if (f.tier == RecognitionTier::Ntm && f.date < kMergers2020) {
            if (const Commune* c = m_units.findOn(f.name, f.district, f.date); c && m_plans.contains(c->id)) {
                m_plans[c->id].recognitionYear = f.date.year();
                m_plans[c->id].recognisedOn = f.date;
            }
        }
    }
    markLate(deadlineByDistrict);
    QList<CommunePlan*> list;
    for (const QString& id : m_phaseOne) {
        list.append(&m_plans[id]);
    }
    Calibration::assignRecognitionYears(list, deadlineByDistrict, m_rng);
    m_checkpointValues = Calibration::allocate(list, m_rng);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QList<int> values;
        for (const QList<int>& cp : m_checkpointValues) {
            values.append(cp.at(i));
        }
        planPhaseOneEvents(*list.at(i), values);
        if (list.at(i)->recognisedOn.isValid()) {
            recognise(*list.at(i), list.at(i)->recognisedOn, RecognitionTier::Ntm,
                      list.at(i)->illustrative ? kGeneratedNote : QString());
        }
    }
}

void DemoHistories::planPhaseOneEvents(CommunePlan& plan, const QList<int>& values)
{
    const QList<Checkpoint>& cps = Calibration::checkpoints();
    plan.order = m_planner.criterionOrder();
    m_planner.baseline(plan, cps.constFirst().date, values.constFirst());
    QList<Anchor> anchors;
    for (qsizetype c = 1; c < cps.size(); ++c) {
        anchors.append({cps.at(c).date, values.at(c)});
    }
    anchors += plan.forced;
    if (plan.recognisedOn.isValid()) {
        const QDate full = plan.recognisedOn.addDays(-m_rng.between(5, 40));
        anchors.append({full, criteriaOn(full)});
    }
    std::stable_sort(anchors.begin(), anchors.end(), [](const Anchor& a, const Anchor& b) { return a.date < b.date; });
    Anchor previous{cps.constFirst().date, values.constFirst()};
    for (Anchor a : anchors) {
        if (plan.lastDay.isValid() && a.date > plan.lastDay) {
            a.date = plan.lastDay; // it stops being a xã: its last events come before
            a.met = std::max(previous.met, a.met);
        }
        if (a.date <= previous.date) {
            continue;
        }
        if (previous.date < kCriterion20 && a.date >= kCriterion20) {
            // Hà Tĩnh's criterion 20 came in 2015; it is assessed (not met) at the first review of 2015.
            m_planner.insertCriterion20(plan.order, previous.met);
            plan.events.append({QDate(2015, 3, 31), kFamily19, 20, CriterionStatus::NotMet, plan.eventNote});
        }
        m_planner.progress(plan, previous.date, a.date, previous.met, a.met);
        previous = {a.date, std::max(previous.met, a.met)};
    }
    // A criterion 20 met before its first review would be overwritten by that review: move the review.
    for (PlannedEvent& e : plan.events) {
        if (e.number == 20 && e.status == CriterionStatus::NotMet) {
            for (const PlannedEvent& m : plan.events) {
                if (m.number == 20 && m.status != CriterionStatus::NotMet && m.date <= e.date) {
                    e.date = kCriterion20;
                }
            }
        }
    }
}

void DemoHistories::progressTo(CommunePlan& plan, const QDate& from, const QDate& until, int maxNumber)
{
    const auto statuses = EventPlanner::statusesOn(plan, from);
    QList<int> met;
    QList<int> rest;
    QList<int> order = plan.order.isEmpty() ? m_planner.criterionOrder() : plan.order;
    if (!order.contains(20) && maxNumber >= 20) {
        order.append(20);
    }
    for (int n : order) {
        if (n > maxNumber) {
            continue;
        }
        (statuses.value(n) == CriterionStatus::Met ? met : rest).append(n);
    }
    plan.order = met + rest;
    m_planner.progress(plan, from, until, static_cast<int>(met.size()), static_cast<int>(plan.order.size()));
}

void DemoHistories::planMergers(const QDate& date, bool recogniseAgain, const QDate& horizon)
{
    const auto merges = m_units.mergesOn(date);
    QList<QString> successors = merges.keys();
    std::sort(successors.begin(), successors.end());
    const QString note =
        QStringLiteral("Thống nhất kết quả sau sáp nhập ngày %1 (minh họa)").arg(dates::toDisplay(date));
    const int maxNumber = criteriaOn(date);
    const RecognitionLedger held = ledger();
    QHash<QString, QDate> reRecognised;
    for (const auto& [name, district] : DemoFacts::reRecognised3368()) {
        if (const Commune* c = m_units.findOn(name, district, DemoFacts::k3368)) {
            reRecognised.insert(c->id, DemoFacts::k3368);
        }
    }
    for (const QString& successorId : successors) {
        QList<QString> parts = merges.value(successorId);
        if (m_plans.contains(successorId)) {
            parts.append(successorId);
        }
        QHash<int, CriterionStatus> combined;
        double strength = 0;
        int withPlan = 0;
        for (const QString& part : parts) {
            if (!m_plans.contains(part)) {
                continue;
            }
            const auto statuses = EventPlanner::statusesOn(m_plans[part], date.addDays(-1));
            if (statuses.isEmpty()) {
                continue;
            }
            strength += m_plans[part].strength;
            ++withPlan;
            for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
                if (it.key() > maxNumber) {
                    continue;
                }
                const auto old = combined.constFind(it.key());
                if (old == combined.constEnd() || static_cast<int>(it.value()) < static_cast<int>(*old)) {
                    combined.insert(it.key(), it.value());
                }
            }
        }
        const Commune* successor = m_units.commune(successorId);
        const CommunePeriod* period = successor ? successor->periodOn(date) : nullptr;
        if (!period || period->kind != CommuneKind::Xa || combined.isEmpty()) {
            continue;
        }
        CommunePlan& plan = planFor(successorId);
        plan.strength = strength / std::max(1, withPlan);
        m_planner.snapshot(plan, date, combined, note);
        if (!recogniseAgain || held.holds(successorId, RecognitionTier::Ntm, date)) {
            continue; // the reform's rule kept the recognition (every part held it)
        }
        const bool named = reRecognised.contains(successorId);
        const QDate again = named ? reRecognised.value(successorId)
                                  : QDate(m_rng.between(2021, 2023), m_rng.between(1, 11), m_rng.between(1, 28));
        if (again > horizon || (successor->validTo.isValid() && again > successor->validTo)) {
            continue;
        }
        progressTo(plan, date, again.addDays(-m_rng.between(5, 40)), criteriaOn(again));
        recognise(plan, again, RecognitionTier::Ntm,
                  named ? QStringLiteral("Công nhận lại xã hình thành sau sáp nhập (QĐ 3368/QĐ-UBND ngày 20/12/2023; "
                                         "baohatinh.vn 254096)")
                        : QStringLiteral("Công nhận lại đạt chuẩn NTM sau sáp nhập (minh họa)"),
                  named ? QStringLiteral("3368/QĐ-UBND") : QString());
    }
}

void DemoHistories::planLateRecognitions(const QDate& horizon)
{
    // Named in the sources: on their dates.
    QSet<QString> planned;
    for (const NamedRecognition& f : DemoFacts::named()) {
        if (f.tier != RecognitionTier::Ntm || f.date < kMergers2020 || f.date > horizon) {
            continue;
        }
        const Commune* c = m_units.findOn(f.name, f.district, f.date);
        if (!c || !m_plans.contains(c->id)) {
            continue;
        }
        CommunePlan& p = m_plans[c->id];
        p.recognitionYear = f.date.year();
        progressTo(p, kMergers2020, f.date.addDays(-m_rng.between(5, 40)), criteriaOn(f.date));
        recognise(p, f.date, RecognitionTier::Ntm,
                  (f.realDate ? QStringLiteral("Nguồn: %1.") : QStringLiteral("Nguồn: %1; ngày trong đợt là minh họa."))
                      .arg(f.source),
                  f.decisionNo);
        planned.insert(c->id);
    }
    // The others not named: Hương Khê's after 28/6/2022, the rest from 2020 (dates illustrative).
    QList<QString> generic(m_genericLate.cbegin(), m_genericLate.cend());
    std::sort(generic.begin(), generic.end());
    for (const QString& id : generic) {
        CommunePlan& p = m_plans[id];
        const bool huongKhe = p.districtCode == QLatin1String("444");
        const QDate when = huongKhe ? QDate(m_rng.between(2022, 2023), m_rng.between(8, 11), m_rng.between(1, 28))
                                    : QDate(m_rng.between(2020, 2023), m_rng.between(3, 11), m_rng.between(1, 28));
        p.recognitionYear = when.year();
        progressTo(p, kMergers2020, when.addDays(-m_rng.between(5, 40)), criteriaOn(when));
        recognise(p, when, RecognitionTier::Ntm, kGeneratedNote);
    }
}

void DemoHistories::planRound2026(const QDate& horizon)
{
    for (const Commune* c : m_units.programmeCommunesOn(kSet2026)) {
        CommunePlan& p = planFor(c->id);
        const double pMet = 0.25 + 0.5 * p.strength;
        QHash<int, CriterionStatus> first;
        const QDate firstRound = QDate(2026, 3, 16).addDays(m_rng.between(0, 75));
        for (int n = 1; n <= 10; ++n) {
            const double u = m_rng.uniform();
            const CriterionStatus s = u < pMet         ? CriterionStatus::Met
                                      : u < pMet + 0.2 ? CriterionStatus::BasicallyMet
                                                       : CriterionStatus::NotMet;
            first.insert(n, s);
            p.events.append({firstRound, kFamily2026, n, s, kGeneratedNote});
        }
        const QDate secondRound = QDate(2026, 8, 17).addDays(m_rng.between(0, 75));
        if (secondRound > horizon) {
            continue;
        }
        for (int n = 1; n <= 10; ++n) {
            if (first.value(n) != CriterionStatus::Met && m_rng.chance(0.4)) {
                const CriterionStatus s = first.value(n) == CriterionStatus::BasicallyMet
                                              ? CriterionStatus::Met
                                              : CriterionStatus::BasicallyMet;
                p.events.append({secondRound, kFamily2026, n, s, kGeneratedNote});
            }
        }
    }
}

void DemoHistories::planLaterPhases(const QDate& horizon)
{
    planMergers(kMergers2020, true, horizon);
    planLateRecognitions(horizon);
    planMergers(QDate(2025, 1, 1), false, horizon);
    planMergers(QDate(2025, 7, 1), false, horizon);
    planRound2026(horizon);
    for (CommunePlan& p : m_plans) {
        std::stable_sort(p.events.begin(), p.events.end(),
                         [](const PlannedEvent& a, const PlannedEvent& b) { return a.date < b.date; });
    }
}

} // namespace ntm::core::demo
