// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/SetResolver.h"

#include <algorithm>

namespace ntm::core {

Result<SetResolver> SetResolver::load(Database& db)
{
    CriteriaStore store(db);
    auto sets = store.sets();
    if (!sets) {
        return sets.error();
    }
    auto assignments = store.assignments();
    if (!assignments) {
        return assignments.error();
    }
    auto groups = store.communeGroups();
    if (!groups) {
        return groups.error();
    }
    SetResolver r;
    r.m_sets = std::move(sets).value();
    for (qsizetype i = 0; i < r.m_sets.size(); ++i) {
        const CriteriaSet& s = r.m_sets.at(i);
        r.m_byId.insert(s.id, i);
        const auto it = r.m_latestByCode.constFind(s.code);
        if (it == r.m_latestByCode.constEnd() || r.m_sets.at(*it).version < s.version) {
            r.m_latestByCode.insert(s.code, i);
        }
        if (s.scope == QLatin1String("national") && s.validFrom.isValid()) {
            r.m_national.append({s.validFrom, 0, s.id, false});
        }
    }
    for (const SetAssignment& a : assignments.value()) {
        if (!a.communeId.isEmpty()) {
            r.m_byCommune[a.communeId].append({a.validFrom, 2, a.setId, a.assumption});
        } else {
            r.m_byProvince[a.provinceId].append({a.validFrom, 1, a.setId, a.assumption});
        }
    }
    for (const CommuneGroupAssignment& g : groups.value()) {
        r.m_groups[g.communeId].append(g);
    }
    return r;
}

const SetResolver::Candidate* SetResolver::winner(const QString& communeId, const QString& provinceId,
                                                  const QDate& date) const
{
    const Candidate* best = nullptr;
    auto consider = [&](const QList<Candidate>& list) {
        for (const Candidate& c : list) {
            if (c.from > date) {
                continue;
            }
            if (!best || c.from > best->from || (c.from == best->from && c.priority > best->priority)) {
                best = &c;
            }
        }
    };
    consider(m_national);
    if (const auto it = m_byProvince.constFind(provinceId); it != m_byProvince.constEnd()) {
        consider(*it);
    }
    if (const auto it = m_byCommune.constFind(communeId); it != m_byCommune.constEnd()) {
        consider(*it);
    }
    return best;
}

const CriteriaSet* SetResolver::latestVersion(const QString& setId) const
{
    const CriteriaSet* s = setById(setId);
    if (!s) {
        return nullptr;
    }
    const auto it = m_latestByCode.constFind(s->code);
    return it == m_latestByCode.constEnd() ? s : &m_sets.at(*it);
}

const CriteriaSet* SetResolver::setFor(const QString& communeId, const QString& provinceId, const QDate& date) const
{
    const Candidate* c = winner(communeId, provinceId, date);
    return c ? latestVersion(c->setId) : nullptr;
}

QDate SetResolver::setStart(const QString& communeId, const QString& provinceId, const QDate& date) const
{
    const Candidate* c = winner(communeId, provinceId, date);
    return c ? c->from : QDate();
}

QList<QDate> SetResolver::changeDates(const QString& communeId, const QString& provinceId) const
{
    QList<QDate> starts;
    for (const Candidate& c : m_national) {
        starts.append(c.from);
    }
    for (const Candidate& c : m_byProvince.value(provinceId)) {
        starts.append(c.from);
    }
    for (const Candidate& c : m_byCommune.value(communeId)) {
        starts.append(c.from);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    QList<QDate> out;
    const CriteriaSet* previous = nullptr;
    for (const QDate& d : starts) {
        const CriteriaSet* s = setFor(communeId, provinceId, d);
        if (s != previous) {
            out.append(d);
            previous = s;
        }
    }
    return out;
}

const CriteriaSet* SetResolver::setById(const QString& id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_sets.at(*it);
}

int SetResolver::groupOf(const QString& communeId, const QDate& date) const
{
    const CommuneGroupAssignment* g = groupRowOf(communeId, date);
    return g ? g->group : 0;
}

const CommuneGroupAssignment* SetResolver::groupRowOf(const QString& communeId, const QDate& date) const
{
    const auto it = m_groups.constFind(communeId);
    if (it == m_groups.constEnd()) {
        return nullptr;
    }
    const CommuneGroupAssignment* best = nullptr;
    for (const CommuneGroupAssignment& g : *it) {
        if (g.validFrom <= date && (!best || g.validFrom > best->validFrom)) {
            best = &g;
        }
    }
    return best;
}

bool SetResolver::assumedOn(const QString& communeId, const QString& provinceId, const QDate& date) const
{
    const Candidate* c = winner(communeId, provinceId, date);
    const CriteriaSet* s = c ? latestVersion(c->setId) : nullptr;
    return (c && c->assumption) || (s && s->assumption);
}

} // namespace ntm::core
