// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CriterionTimelineService.h"

#include "service/CommuneDashboard.h"
#include "service/ProgressService.h"
#include "service/TimelineSpanBuilder.h"
#include "store/AssessmentStore.h"
#include "store/UnitStore.h"

#include <algorithm>

namespace ntm::core {

namespace {
// See the class comment: the first day in the programme, as far as the records tell.
QDate firstDay(const Commune& commune, const QList<QDate>& setChanges, const QList<Assessment>& history)
{
    const QDate firstSet = setChanges.isEmpty() ? QDate() : setChanges.constFirst();
    if (commune.validFrom.isValid()) {
        return firstSet.isValid() && firstSet > commune.validFrom ? firstSet : commune.validFrom;
    }
    if (!history.isEmpty()) {
        return history.constFirst().assessedOn;
    }
    return firstSet;
}

// The days on which the standing can change: the first day, set changes and assessments inside the range.
QList<QDate> turningDays(const QDate& first, const QDate& last, const QList<QDate>& setChanges,
                         const QList<Assessment>& history)
{
    QList<QDate> days{first};
    for (const QDate& d : setChanges) {
        days.append(d);
    }
    for (const Assessment& a : history) {
        days.append(a.assessedOn);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    days.erase(std::remove_if(days.begin(), days.end(), [&](const QDate& d) { return d < first || d > last; }),
               days.end());
    return days;
}

void fillFromDashboard(const CommuneDashboard& d, CriterionTimeline& t)
{
    t.title = d.title;
    t.districtName = d.districtTitle;
    t.metOnAsOf = d.progress.met;
    t.totalOnAsOf = d.progress.total;
    t.standingOn = d.standingOn;
    t.lifeNote = d.life.sentence();
    for (const Recognition& r : d.recognitions) {
        if (r.decidedOn <= d.asOf) {
            t.recognitions.append(r);
        }
    }
    for (const RotationImpactRow& r : d.officials) {
        t.tenures.append({r.rotation.id, r.officialName, r.rotation.toPosition, r.rotation.startDate, r.end,
                          r.rotation.plannedEnd, r.metAtStart, r.totalAtStart, r.metAtEnd, r.totalAtEnd});
    }
}
} // namespace

Result<CriterionTimeline> CriterionTimelineService::load(const QString& communeId, const QDate& asOf)
{
    // The dashboard checks the date and the commune, and names them as every other view does.
    const auto dashboard = CommuneDashboardService(m_db).load(communeId, asOf);
    if (!dashboard) {
        return dashboard.error();
    }
    const auto commune = UnitStore(m_db).commune(communeId);
    if (!commune || !commune.value()) {
        return !commune ? commune.error()
                        : Error{QStringLiteral("commune"), tr("There is no such commune in this database.")};
    }
    auto progress = ProgressService::create(m_db);
    const auto history = AssessmentStore(m_db).historyOf(communeId);
    if (!progress || !history) {
        return !progress ? progress.error() : history.error();
    }
    CriterionTimeline t;
    t.communeId = communeId;
    t.asOf = asOf;
    fillFromDashboard(dashboard.value(), t);
    const Commune& c = *commune.value();
    const ProgressService& service = progress.value();
    const QList<QDate> setChanges = service.resolver().changeDates(communeId, c.provinceId);
    const QDate last = c.validTo.isValid() && c.validTo < asOf ? c.validTo : asOf;
    t.from = firstDay(c, setChanges, history.value());
    t.until = last.addDays(1);
    if (!t.from.isValid() || t.from > last) {
        t.from = t.until; // not in the programme yet on the as-of date: nothing to draw
        return t;
    }
    QHash<QString, Assessment> events;
    for (const Assessment& a : history.value()) {
        events.insert(a.id, a);
    }
    TimelineSpanBuilder builder(service.resolver(), std::move(events));
    for (const QDate& day : turningDays(t.from, last, setChanges, history.value())) {
        builder.add(day, service.evaluateHistory(communeId, c.provinceId, history.value(), day));
    }
    builder.finish(t.until, t);
    return t;
}

} // namespace ntm::core
