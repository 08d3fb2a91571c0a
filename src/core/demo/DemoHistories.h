// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPlan.h"
#include "demo/DemoRandom.h"
#include "demo/DemoUnits.h"
#include "demo/EventPlanner.h"
#include "domain/Reform.h"
#include "service/recognition/RecognitionLedger.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace ntm::core::demo {

/// Plans the criteria histories and recognitions of every commune of the demo, phase by phase:
///  1. 2011–2019: the 235 xã of the baseline review (230 after five of them became phường of thị xã Kỳ Anh on
///     9/4/2015), calibrated on the published provincial figures (Calibration); the 30 xã that were not
///     recognised by the end of 2019 are those the sources name as recognised later, plus a few;
///  2. the 1/1/2020 mergers: merged communes start from the weakest status of their parts; the reform's rule
///     (RecognitionLedger) keeps NTM when every part held it, otherwise the commune is recognised again (QĐ 3368
///     of 20/12/2023 for those the sources name); the other late xã are recognised on their published dates, so
///     that every xã is recognised by 17/1/2024;
///  3. the 1/1/2025 and 1/7/2025 reforms: new communes start from their parts; the rule decides recognition;
///  4. 2026: the ten criteria of 51/2025 assessed in two review rounds.
/// Higher tiers over time are planned by DemoTiers. Everything generated is illustrative; the article's two
/// communes follow the article.
class DemoHistories final
{
public:
    DemoHistories(const DemoUnits& units, DemoRandom& rng, QList<Reform> reforms)
        : m_units(units), m_rng(rng), m_planner(rng), m_reforms(std::move(reforms))
    {
    }

    /// Creates the plans of 2011–2019 with strengths; story constraints are set by the caller afterwards.
    void createPhaseOnePlans();
    PlanMap& plans() { return m_plans; }
    const PlanMap& plans() const { return m_plans; }

    /// Phase 1 (needs tenures and fixed years set): recognition years, checkpoint counts, events.
    void planPhaseOne(const QHash<QString, int>& deadlineByDistrict);
    /// Phases 2–4 up to `horizon`.
    void planLaterPhases(const QDate& horizon);

    /// Who holds which tier as planned so far, by the same rule as the program (RecognitionLedger).
    RecognitionLedger ledger() const;
    /// Records a recognition of `tier` on `date`; `decisionNo` empty: an illustrative number.
    void recognise(CommunePlan& plan, const QDate& date, RecognitionTier tier, const QString& note,
                   const QString& decisionNo = {});
    /// Brings the commune's numbered criteria to the standard by `until` (from its statuses on `from`).
    void progressTo(CommunePlan& plan, const QDate& from, const QDate& until, int maxNumber);
    CommunePlan& planFor(const QString& communeId);

    /// Criteria met on each checkpoint, as allocated (for tests and docs).
    const QList<QList<int>>& checkpointValues() const { return m_checkpointValues; }
    const QList<QString>& phaseOneOrder() const { return m_phaseOne; }

private:
    void markLate(const QHash<QString, int>& deadlineByDistrict);
    void planPhaseOneEvents(CommunePlan& plan, const QList<int>& values);
    void planMergers(const QDate& date, bool recogniseAgain, const QDate& horizon);
    void planLateRecognitions(const QDate& horizon);
    void planRound2026(const QDate& horizon);

    const DemoUnits& m_units;
    DemoRandom& m_rng;
    EventPlanner m_planner;
    QList<Reform> m_reforms;
    PlanMap m_plans;
    QList<QString> m_phaseOne;
    QSet<QString> m_genericLate; ///< Late xã the sources do not name: recognised at generated dates.
    QList<QList<int>> m_checkpointValues;
    QHash<int, int> m_decisionNumbers;
};

} // namespace ntm::core::demo
