// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/review/MetTimelines.h"

#include "service/ProgressService.h"
#include "store/AssessmentStore.h"
#include "store/UnitStore.h"

#include <algorithm>

namespace ntm::core {

Result<MetTimelines> MetTimelines::load(Database& db, const ProgressService& progress, const QDate& until)
{
    auto histories = AssessmentStore(db).historiesUntil(until);
    const auto communes = UnitStore(db).allCommunes();
    if (!histories || !communes) {
        return !histories ? histories.error() : communes.error();
    }
    MetTimelines out(progress, until);
    out.m_histories = std::move(histories).value();
    for (const Commune& c : communes.value()) {
        out.m_provinces.insert(c.id, c.provinceId);
    }
    return out;
}

const QList<MetPoint>& MetTimelines::line(const QString& communeId) const
{
    auto it = m_lines.find(communeId);
    if (it == m_lines.end()) {
        it = m_lines.insert(communeId, m_progress->metLine(communeId, m_provinces.value(communeId),
                                                           m_histories.value(communeId), m_until));
    }
    return *it;
}

MetPoint MetTimelines::at(const QString& communeId, const QDate& date) const
{
    if (!m_provinces.contains(communeId)) {
        return {date, 0, 0, {}};
    }
    const QList<MetPoint>& points = line(communeId);
    // The last point on or before the date: the line is level between its points.
    const auto after = std::upper_bound(points.cbegin(), points.cend(), date,
                                        [](const QDate& d, const MetPoint& p) { return d < p.date; });
    if (after == points.cbegin()) {
        return {date, 0, 0, {}};
    }
    return *(after - 1);
}

} // namespace ntm::core
