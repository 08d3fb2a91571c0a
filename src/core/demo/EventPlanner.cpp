// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/EventPlanner.h"

#include <algorithm>
#include <cmath>

namespace ntm::core::demo {

QList<int> EventPlanner::criterionOrder()
{
    // Weights: higher = met earlier. From the national picture: planning (1), electricity (4), post and
    // telecoms (8), culture (16), political system (18) and security (19) were met first; income (10),
    // poverty (11), employment (12), environment (17) and roads (2) last.
    static const QList<double> weight{0,   6.0, 1.0, 1.6, 4.0, 1.4, 1.5, 2.5, 5.0, 2.0,
                                      0.6, 0.7, 0.8, 1.5, 3.0, 2.0, 4.0, 0.6, 5.0, 6.0};
    QList<QPair<double, int>> keyed;
    for (int n = 1; n <= 19; ++n) {
        keyed.append({std::pow(m_rng.uniform(), 1.0 / weight.at(n)), n});
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<int> order;
    for (const auto& k : keyed) {
        order.append(k.second);
    }
    return order;
}

void EventPlanner::insertCriterion20(QList<int>& order, int metSoFar)
{
    if (order.contains(20)) {
        return;
    }
    const int remaining = static_cast<int>(order.size()) - metSoFar;
    const int offset = remaining <= 0 ? 0 : static_cast<int>(remaining * (0.4 + 0.6 * m_rng.uniform()));
    order.insert(std::min<qsizetype>(metSoFar + offset, order.size()), 20);
}

void EventPlanner::baseline(CommunePlan& plan, const QDate& date, int met)
{
    for (int k = 0; k < plan.order.size(); ++k) {
        CriterionStatus s = CriterionStatus::NotMet;
        if (k < met) {
            s = CriterionStatus::Met;
        } else if (k < met + 2 && m_rng.chance(0.5)) {
            s = CriterionStatus::BasicallyMet;
        }
        plan.events.append({date, kFamily19, plan.order.at(k), s, plan.eventNote});
    }
}

QList<QDate> EventPlanner::spread(const CommunePlan& plan, const QDate& start, const QDate& end, int count)
{
    const qint64 days = start.daysTo(end);
    QList<QDate> out;
    if (count <= 0 || days <= 0) {
        return out;
    }
    QList<double> cumulative;
    cumulative.reserve(days);
    double total = 0;
    for (qint64 d = 1; d <= days; ++d) {
        const QDate day = start.addDays(d);
        double w = 1.0;
        for (const Tenure& t : plan.tenures) {
            if (t.from <= day && (!t.to.isValid() || day <= t.to)) {
                w = 3.0;
            }
        }
        total += w;
        cumulative.append(total);
    }
    for (int k = 0; k < count; ++k) {
        const double q = (k + 0.5 + (m_rng.uniform() - 0.5) * 0.8) / count;
        const double target = std::clamp(q, 0.0, 1.0) * total;
        const auto it = std::lower_bound(cumulative.cbegin(), cumulative.cend(), target);
        const qint64 index = std::min<qint64>(it - cumulative.cbegin(), days - 1);
        QDate d = start.addDays(index + 1);
        if (!out.isEmpty() && d < out.constLast()) {
            d = out.constLast();
        }
        out.append(d);
    }
    return out;
}

void EventPlanner::progress(CommunePlan& plan, const QDate& start, const QDate& end, int from, int to)
{
    to = std::min<int>(to, static_cast<int>(plan.order.size()));
    if (to <= from) {
        return;
    }
    const QList<QDate> dates = spread(plan, start, end, to - from);
    for (int k = from; k < to && k - from < dates.size(); ++k) {
        const int number = plan.order.at(k);
        const QDate met = dates.at(k - from);
        const QDate before = met.addDays(-m_rng.between(30, 120));
        if (before > start && m_rng.chance(0.35)) {
            plan.events.append({before, kFamily19, number, CriterionStatus::BasicallyMet, plan.eventNote});
        }
        plan.events.append({met, kFamily19, number, CriterionStatus::Met, plan.eventNote});
    }
}

void EventPlanner::snapshot(CommunePlan& plan, const QDate& date, const QHash<int, CriterionStatus>& statuses,
                            const QString& note)
{
    QList<int> numbers = statuses.keys();
    std::sort(numbers.begin(), numbers.end());
    for (int n : numbers) {
        plan.events.append({date, kFamily19, n, statuses.value(n), note});
    }
}

QHash<int, CriterionStatus> EventPlanner::statusesOn(const CommunePlan& plan, const QDate& date, const QString& family)
{
    // Events are appended in date order per phase, but phases interleave; pick the latest by date, then by
    // position (later appended wins on the same date).
    QHash<int, QPair<QDate, CriterionStatus>> latest;
    for (const PlannedEvent& e : plan.events) {
        if (e.family != family || e.date > date) {
            continue;
        }
        const auto it = latest.constFind(e.number);
        if (it == latest.constEnd() || it->first <= e.date) {
            latest.insert(e.number, {e.date, e.status});
        }
    }
    QHash<int, CriterionStatus> out;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        out.insert(it.key(), it->second);
    }
    return out;
}

int EventPlanner::metOn(const CommunePlan& plan, const QDate& date, int maxNumber)
{
    const auto statuses = statusesOn(plan, date);
    int met = 0;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.key() <= maxNumber && it.value() == CriterionStatus::Met) {
            ++met;
        }
    }
    return met;
}

} // namespace ntm::core::demo
