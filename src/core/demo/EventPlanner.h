// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPlan.h"
#include "demo/DemoRandom.h"

#include <QHash>
#include <QList>

namespace ntm::core::demo {

/// Turns counts met at dated anchors into assessment events: which criterion becomes met when, with a
/// "basically met" step before some of them, spread so that progress is faster while a rotated official leads
/// the commune.
class EventPlanner final
{
public:
    explicit EventPlanner(DemoRandom& rng) : m_rng(rng) {}

    /// A weighted random order of criteria 1..19: easy criteria (planning, post, culture, security) early,
    /// hard ones (income, poverty, employment, environment, transport) late.
    QList<int> criterionOrder();
    /// Inserts Hà Tĩnh's criterion 20 into an order after the first `metSoFar` entries (it came in 2015).
    void insertCriterion20(QList<int>& order, int metSoFar);

    /// The baseline review: every criterion of the order assessed on `date`, the first `met` as met.
    void baseline(CommunePlan& plan, const QDate& date, int met);
    /// Criteria order[from .. to-1] become met in (start, end].
    void progress(CommunePlan& plan, const QDate& start, const QDate& end, int from, int to);
    /// Records every numbered criterion with the given statuses on `date` (after a merger).
    void snapshot(CommunePlan& plan, const QDate& date, const QHash<int, CriterionStatus>& statuses,
                  const QString& note);

    /// The latest planned status of each numbered criterion (family vn-19) on or before `date`.
    static QHash<int, CriterionStatus> statusesOn(const CommunePlan& plan, const QDate& date,
                                                  const QString& family = kFamily19);
    /// Number of criteria met on the date among those numbered up to `maxNumber`.
    static int metOn(const CommunePlan& plan, const QDate& date, int maxNumber);

private:
    /// `count` dates in (start, end], increasing, denser inside the plan's tenures.
    QList<QDate> spread(const CommunePlan& plan, const QDate& start, const QDate& end, int count);

    DemoRandom& m_rng;
};

} // namespace ntm::core::demo
