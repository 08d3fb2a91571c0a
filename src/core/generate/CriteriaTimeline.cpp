// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/CriteriaTimeline.h"

#include <algorithm>

namespace ntm::core::generate {

CriteriaTimeline::CriteriaTimeline(const QList<CriteriaSet>& stored)
{
    for (const CriteriaSet& s : stored) {
        if (s.scope != QLatin1String("national") || !s.validFrom.isValid()) {
            continue;
        }
        Set set{s.id.toUtf8(), s.family.toUtf8(), s.validFrom, {}};
        int highest = 0;
        for (const Criterion& c : s.criteria) {
            highest = std::max(highest, c.number);
        }
        set.criterionIds.resize(highest);
        for (const Criterion& c : s.criteria) {
            set.criterionIds[c.number - 1] = c.id.toUtf8();
        }
        m_sets.append(set);
    }
    std::sort(m_sets.begin(), m_sets.end(), [](const Set& a, const Set& b) { return a.from < b.from; });
}

int CriteriaTimeline::setOn(const QDate& date) const
{
    int found = -1;
    for (int i = 0; i < m_sets.size(); ++i) {
        if (m_sets.at(i).from <= date) {
            found = i;
        }
    }
    return found;
}

QDate CriteriaTimeline::newFamilyFrom() const
{
    for (const Set& s : m_sets) {
        if (s.family != m_sets.constFirst().family) {
            return s.from;
        }
    }
    return {};
}

} // namespace ntm::core::generate
