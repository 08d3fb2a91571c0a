// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/review/TenureComparison.h"

#include <QSet>

namespace ntm::core {

namespace {
/// Sums one side of the comparison.
class Tally
{
public:
    Tally(TenureGroup::Side side, bool onlyWithCriteriaLeft)
    {
        m_group.side = side;
        m_group.onlyWithCriteriaLeft = onlyWithCriteriaLeft;
    }
    void add(const QString& communeId, double years, const MetPoint& start, const MetPoint& end)
    {
        if (start.total != end.total) {
            ++m_group.leftOut; // a change of set shape would count as a gain or a loss
            return;
        }
        if (m_group.onlyWithCriteriaLeft && start.met >= start.total) {
            return;
        }
        const int gained = end.met - start.met;
        ++m_group.periods;
        m_group.years += years;
        m_group.gained += gained;
        m_communes.insert(communeId);
    }
    TenureGroup result() const
    {
        TenureGroup g = m_group;
        g.communes = static_cast<int>(m_communes.size());
        return g;
    }

private:
    TenureGroup m_group;
    QSet<QString> m_communes;
};
} // namespace

double TenureComparison::years(const QDate& from, const QDate& to)
{
    return static_cast<double>(from.daysTo(to)) / 365.25;
}

QList<TenureGroup> TenureComparison::compute(const QList<RotationImpactRow>& rotations, const QList<UnledPeriod>& unled,
                                             const MetTimelines& lines, const Scope& inScope)
{
    Tally rotated(TenureGroup::Side::Rotated, false);
    Tally without(TenureGroup::Side::Without, false);
    Tally rotatedLeft(TenureGroup::Side::Rotated, true);
    Tally withoutLeft(TenureGroup::Side::Without, true);
    QHash<QString, const RotationImpactRow*> terms;
    for (const RotationImpactRow& r : rotations) {
        const double y = years(r.rotation.startDate, r.measuredAt);
        if (y <= 0) {
            continue;
        }
        terms.insert(r.rotation.id, &r);
        const MetPoint start{r.rotation.startDate, r.metAtStart, r.totalAtStart, {}};
        const MetPoint end{r.measuredAt, r.metAtEnd, r.totalAtEnd, {}};
        for (Tally* t : {&rotated, &rotatedLeft}) {
            t->add(r.rotation.communeId, y, start, end);
        }
    }
    for (const UnledPeriod& u : unled) {
        const RotationImpactRow* term = terms.value(u.rotationId);
        if (!term || !inScope(u.communeId, term->rotation.startDate)) {
            continue;
        }
        const MetPoint start = lines.at(u.communeId, term->rotation.startDate);
        const MetPoint end = lines.at(u.communeId, term->measuredAt);
        const double y = years(term->rotation.startDate, term->measuredAt);
        for (Tally* t : {&without, &withoutLeft}) {
            t->add(u.communeId, y, start, end);
        }
    }
    return {rotated.result(), without.result(), rotatedLeft.result(), withoutLeft.result()};
}

} // namespace ntm::core
