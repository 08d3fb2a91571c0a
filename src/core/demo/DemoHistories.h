// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPlan.h"
#include "demo/DemoRandom.h"
#include "demo/DemoUnits.h"
#include "demo/EventPlanner.h"

#include <QHash>
#include <QList>

namespace ntm::core::demo {

/// Plans the criteria histories and recognitions of every commune of the demo, phase by phase:
///  1. 2011–2019: the 230 xã of the time, calibrated on the published provincial figures (Calibration);
///  2. the 1/1/2020 mergers: merged communes start from the weakest status of their parts and are recognised
///     again (thừa nhận) in 2021–2023; communes not yet recognised reach it in 2020–2024;
///  3. the 1/1/2025 and 1/7/2025 reforms: new communes start from their parts; recognition is reset;
///  4. 2026: the ten criteria of 51/2025 assessed in two review rounds.
/// Everything generated is illustrative; the article's two communes follow the article.
class DemoHistories final
{
public:
    DemoHistories(const DemoUnits& units, DemoRandom& rng) : m_units(units), m_rng(rng), m_planner(rng) {}

    /// Creates the plans of 2011–2019 with strengths; story constraints are set by the caller afterwards.
    void createPhaseOnePlans();
    PlanMap& plans() { return m_plans; }
    const PlanMap& plans() const { return m_plans; }

    /// Phase 1 (needs tenures and fixed years set): recognition years, checkpoint counts, events.
    void planPhaseOne(const QHash<QString, int>& deadlineByDistrict);
    /// Phases 2–4 up to `horizon`.
    void planLaterPhases(const QDate& horizon);

    /// Criteria met on each checkpoint, as allocated (for tests and docs).
    const QList<QList<int>>& checkpointValues() const { return m_checkpointValues; }
    const QList<QString>& phaseOneOrder() const { return m_phaseOne; }

private:
    void planPhaseOneEvents(CommunePlan& plan, const QList<int>& values);
    void planMergers(const QDate& date, bool recogniseAgain, const QDate& horizon);
    void planLaggards(const QDate& horizon);
    void planHigherTiers(int fromYear, int toYear);
    void planRound2026(const QDate& horizon);
    void progressTo(CommunePlan& plan, const QDate& from, const QDate& until, int maxNumber);
    void recognise(CommunePlan& plan, const QDate& date, RecognitionTier tier, const QString& note);
    static void endRecognitions(CommunePlan& plan, const QDate& date);
    CommunePlan& planFor(const QString& communeId);

    const DemoUnits& m_units;
    DemoRandom& m_rng;
    EventPlanner m_planner;
    PlanMap m_plans;
    QList<QString> m_phaseOne;
    QList<QList<int>> m_checkpointValues;
    QHash<int, int> m_decisionNumbers;
};

} // namespace ntm::core::demo
