// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoHistories.h"

#include "demo/Calibration.h"
#include "util/Dates.h"

#include <algorithm>

namespace ntm::core::demo {

namespace {
const QDate kBaseline(2011, 6, 30);
const QDate kCriterion20(2015, 1, 1);
const QDate kSet318(2022, 3, 8);
const QDate kSet2026(2026, 2, 15);
const QString kGeneratedNote = QStringLiteral("Dữ liệu minh họa (tạo tự động)");

int criteriaOn(const QDate& d)
{
    return d < kCriterion20 ? 19 : d < kSet318 ? 20 : 19;
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
        m_phaseOne.append(c->id);
    }
}

void DemoHistories::recognise(CommunePlan& plan, const QDate& date, RecognitionTier tier, const QString& note)
{
    const int year = date.year();
    const int number = m_decisionNumbers.value(year, m_rng.between(150, 400)) + m_rng.between(3, 40);
    m_decisionNumbers.insert(year, number);
    PlannedRecognition r;
    r.date = date;
    r.tier = tier;
    r.decisionNo = QStringLiteral("%1/QĐ-UBND").arg(number);
    r.note = note;
    plan.recognitions.append(r);
}

void DemoHistories::endRecognitions(CommunePlan& plan, const QDate& date)
{
    for (PlannedRecognition& r : plan.recognitions) {
        if (!r.endedOn.isValid() && r.date <= date) {
            r.endedOn = date;
            r.endReason = QStringLiteral("merger");
        }
    }
}

void DemoHistories::planPhaseOne(const QHash<QString, int>& deadlineByDistrict)
{
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
    planHigherTiers(2017, 2019);
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
    for (const Anchor& a : anchors) {
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
            CommunePlan& p = m_plans[part];
            endRecognitions(p, date);
            const auto statuses = EventPlanner::statusesOn(p, date.addDays(-1));
            if (statuses.isEmpty()) {
                continue;
            }
            strength += p.strength;
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
        if (!recogniseAgain) {
            continue;
        }
        const QDate again(m_rng.between(2021, 2023), m_rng.between(1, 12), m_rng.between(1, 28));
        if (again > horizon || (successor->validTo.isValid() && again > successor->validTo)) {
            continue;
        }
        progressTo(plan, date, again.addDays(-m_rng.between(5, 40)), criteriaOn(again));
        recognise(plan, again, RecognitionTier::Ntm, QStringLiteral("Thừa nhận đạt chuẩn NTM sau sáp nhập (minh họa)"));
    }
}

void DemoHistories::planLaggards(const QDate& horizon)
{
    const QDate start(2020, 1, 1);
    QList<CommunePlan*> laggards;
    for (const Commune* c : m_units.programmeCommunesOn(start)) {
        if (!m_plans.contains(c->id)) {
            continue;
        }
        CommunePlan& p = m_plans[c->id];
        bool active = false;
        for (const PlannedRecognition& r : p.recognitions) {
            active = active || (r.tier == RecognitionTier::Ntm && !r.endedOn.isValid());
        }
        if (!active) {
            laggards.append(&p);
        }
    }
    std::stable_sort(laggards.begin(), laggards.end(),
                     [](const CommunePlan* a, const CommunePlan* b) { return a->strength > b->strength; });
    for (qsizetype k = 0; k < laggards.size(); ++k) {
        CommunePlan& p = *laggards.at(k);
        if (k >= laggards.size() - 4) {
            progressTo(p, start, QDate(2025, 5, 31), 15); // still short of the standard
            continue;
        }
        const Commune* c = m_units.commune(p.communeId);
        const int year = 2020 + static_cast<int>(k * 5 / std::max<qsizetype>(1, laggards.size()));
        QDate when(year, m_rng.between(3, 12), m_rng.between(1, 28));
        if (c && c->validTo.isValid() && when > c->validTo) {
            when = c->validTo.addDays(-m_rng.between(20, 120));
        }
        if (when > horizon) {
            continue;
        }
        p.recognitionYear = when.year();
        progressTo(p, start, when.addDays(-m_rng.between(5, 40)), criteriaOn(when));
        recognise(p, when, RecognitionTier::Ntm, kGeneratedNote);
    }
}

void DemoHistories::planHigherTiers(int fromYear, int toYear)
{
    QList<QString> ids = m_plans.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString& id : ids) {
        CommunePlan& p = m_plans[id];
        const Commune* c = m_units.commune(id);
        QDate ntm;
        bool higher = false;
        for (const PlannedRecognition& r : p.recognitions) {
            if (r.tier == RecognitionTier::Ntm && !r.endedOn.isValid()) {
                ntm = r.date;
            }
            higher = higher || (r.tier != RecognitionTier::Ntm && !r.endedOn.isValid());
        }
        if (!ntm.isValid() || higher || p.strength < 0.55 || !m_rng.chance(0.35)) {
            continue;
        }
        const int year = std::max(fromYear, ntm.year() + 2);
        if (year > toYear) {
            continue;
        }
        const QDate when(year, m_rng.between(6, 12), m_rng.between(1, 28));
        if (c && c->validTo.isValid() && when > c->validTo) {
            continue;
        }
        recognise(p, when, RecognitionTier::NangCao, kGeneratedNote);
        const QDate model = when.addYears(1).addDays(m_rng.between(0, 200));
        if (p.strength > 0.85 && model.year() <= toYear && (!c || !c->validTo.isValid() || model <= c->validTo)) {
            recognise(p, model, RecognitionTier::KieuMau, kGeneratedNote);
        }
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
    planMergers(QDate(2020, 1, 1), true, horizon);
    planLaggards(horizon);
    planHigherTiers(2020, 2024);
    planMergers(QDate(2025, 1, 1), false, horizon);
    planMergers(QDate(2025, 7, 1), false, horizon);
    planRound2026(horizon);
    for (CommunePlan& p : m_plans) {
        std::stable_sort(p.events.begin(), p.events.end(),
                         [](const PlannedEvent& a, const PlannedEvent& b) { return a.date < b.date; });
    }
}

} // namespace ntm::core::demo
