// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ProgressService.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <algorithm>

namespace ntm::core {

namespace {
// The weakest status among the old criteria a new one is built from: met only when all are met.
CriterionStatus combine(CriterionStatus a, CriterionStatus b)
{
    return static_cast<int>(a) < static_cast<int>(b) ? a : b;
}
} // namespace

Result<ProgressService> ProgressService::create(Database& db)
{
    auto resolver = SetResolver::load(db);
    if (!resolver) {
        return resolver.error();
    }
    ProgressService service(db, std::move(resolver).value());
    QSqlQuery q = sql::prepare(db.sql(), QStringLiteral("SELECT w.province_id, w.to_criterion_id, s.family, c.number "
                                                        "FROM criterion_crosswalk w "
                                                        "JOIN criterion c ON c.id = w.from_criterion_id "
                                                        "JOIN criteria_set s ON s.id = c.set_id"));
    if (Status s = sql::exec(q, tr("Reading the criteria crosswalk")); !s) {
        return s.error();
    }
    while (q.next()) {
        service.m_crosswalk.insert(
            q.value(1).toString(),
            {q.value(0).toString(), AssessmentStore::eventKey(q.value(2).toString(), q.value(3).toInt())});
    }
    return service;
}

CommuneProgress ProgressService::evaluate(const QString& communeId, const QString& provinceId, const QDate& asOf,
                                          const QHash<QString, LatestEvent>& latest) const
{
    CommuneProgress p;
    p.communeId = communeId;
    p.asOf = asOf;
    const CriteriaSet* set = m_resolver.setFor(communeId, provinceId, asOf);
    if (!set) {
        return p;
    }
    p.setId = set->id;
    p.setCode = set->displayCode();
    p.setName = set->name;
    p.setSince = m_resolver.setStart(communeId, provinceId, asOf);
    p.group = m_resolver.groupOf(communeId, asOf);
    for (const Criterion& c : set->criteria) {
        CriterionState st;
        st.number = c.number;
        st.criterionId = c.id;
        st.name = c.name;
        const auto it = latest.constFind(AssessmentStore::eventKey(set->family, c.number));
        if (it != latest.constEnd()) {
            st.status = it->status;
            st.assessedOn = it->assessedOn;
            st.assessmentId = it->assessmentId;
            st.recordedBy = it->recordedBy;
            st.note = it->note;
            if (it->setId != set->id) {
                const CriteriaSet* from = m_resolver.setById(it->setId);
                st.carriedFromSet = from ? from->displayCode() : QString();
            }
        } else if (m_crosswalk.contains(c.id)) {
            bool any = false;
            CriterionStatus combined = CriterionStatus::Met;
            for (auto link = m_crosswalk.constFind(c.id); link != m_crosswalk.constEnd() && link.key() == c.id;
                 ++link) {
                if (!link->provinceId.isEmpty() && link->provinceId != provinceId) {
                    continue;
                }
                any = true;
                const auto old = latest.constFind(link->fromKey);
                combined = combine(combined, old == latest.constEnd() ? CriterionStatus::NotAssessed : old->status);
            }
            if (any) {
                st.status = combined;
                st.viaCrosswalk = true;
            }
        }
        if (st.status == CriterionStatus::Met) {
            ++p.met;
        } else if (st.status == CriterionStatus::BasicallyMet) {
            ++p.basicallyMet;
        }
        p.criteria.append(st);
    }
    p.total = static_cast<int>(p.criteria.size());
    return p;
}

Result<QString> ProgressService::provinceOf(const QString& communeId)
{
    const auto v =
        sql::scalar(m_db->sql(), QStringLiteral("SELECT province_id FROM commune WHERE id = ?"), {communeId});
    if (!v) {
        return v.error();
    }
    if (!v.value().isValid()) {
        return Error{QStringLiteral("commune"), tr("There is no such commune in this database.")};
    }
    return v.value().toString();
}

Result<CommuneProgress> ProgressService::communeProgress(const QString& communeId, const QDate& asOf)
{
    const auto province = provinceOf(communeId);
    if (!province) {
        return province.error();
    }
    AssessmentStore store(*m_db);
    const auto latest = store.latestAsOf(asOf, {communeId});
    if (!latest) {
        return latest.error();
    }
    return evaluate(communeId, province.value(), asOf, latest.value().value(communeId));
}

QList<ProgressService::SetGroup> ProgressService::groupBySet(const QList<CommuneRow>& communes, const QDate& asOf) const
{
    QHash<const CriteriaSet*, qsizetype> index;
    QList<SetGroup> groups;
    for (const CommuneRow& c : communes) {
        const CriteriaSet* set = m_resolver.setFor(c.id, c.provinceId, asOf);
        auto it = index.constFind(set);
        if (it == index.constEnd()) {
            it = index.insert(set, groups.size());
            groups.append({set, {}, {}});
        }
        groups[*it].communes.append(c);
        groups[*it].ids.append(c.id);
    }
    return groups;
}

QHash<QString, QList<int>> ProgressService::criteriaRead(const CriteriaSet& set) const
{
    // The set's own criteria, and the old criteria a crosswalk carries statuses from.
    QHash<QString, QList<int>> byFamily;
    for (const Criterion& c : set.criteria) {
        byFamily[set.family].append(c.number);
        for (auto link = m_crosswalk.constFind(c.id); link != m_crosswalk.constEnd() && link.key() == c.id; ++link) {
            const qsizetype hash = link->fromKey.lastIndexOf(QLatin1Char('#'));
            QList<int>& numbers = byFamily[link->fromKey.left(hash)];
            const int number = link->fromKey.mid(hash + 1).toInt();
            if (!numbers.contains(number)) {
                numbers.append(number);
            }
        }
    }
    return byFamily;
}

Result<QHash<QString, int>> ProgressService::metCounts(const QList<CommuneRow>& communes, const QDate& asOf)
{
    QHash<QString, int> out;
    AssessmentStore store(*m_db);
    for (const SetGroup& g : groupBySet(communes, asOf)) {
        if (!g.set) {
            continue; // no set yet: nothing met
        }
        const QHash<QString, QList<int>> read = criteriaRead(*g.set);
        if (read.size() == 1) {
            // No crosswalk into this set: SQLite counts on its own, one index step per commune and criterion.
            const auto counts = store.metCountsOf(g.ids, g.set->family, read.value(g.set->family), asOf);
            if (!counts) {
                return counts.error();
            }
            out.insert(counts.value());
            continue;
        }
        const auto progress = progressOf(g.communes, asOf);
        if (!progress) {
            return progress.error();
        }
        for (auto it = progress.value().cbegin(); it != progress.value().cend(); ++it) {
            out.insert(it.key(), it.value().met);
        }
    }
    return out;
}

Result<QHash<QString, CommuneProgress>> ProgressService::progressOf(const QList<CommuneRow>& communes,
                                                                    const QDate& asOf)
{
    QHash<QString, CommuneProgress> out;
    AssessmentStore store(*m_db);
    for (const SetGroup& g : groupBySet(communes, asOf)) {
        QHash<QString, QHash<QString, LatestEvent>> latest;
        const QHash<QString, QList<int>> read = g.set ? criteriaRead(*g.set) : QHash<QString, QList<int>>();
        for (auto family = read.cbegin(); family != read.cend(); ++family) {
            const auto events = store.latestOf(g.ids, family.key(), family.value(), asOf);
            if (!events) {
                return events.error();
            }
            for (auto it = events.value().cbegin(); it != events.value().cend(); ++it) {
                latest[it.key()].insert(it.value());
            }
        }
        for (const CommuneRow& c : g.communes) {
            out.insert(c.id, evaluate(c.id, c.provinceId, asOf, latest.value(c.id)));
        }
    }
    return out;
}

CommuneProgress ProgressService::evaluateHistory(const QString& communeId, const QString& provinceId,
                                                 const QList<Assessment>& history, const QDate& date) const
{
    QHash<QString, LatestEvent> latest;
    for (const Assessment& a : history) {
        if (a.assessedOn > date) {
            break;
        }
        latest.insert(AssessmentStore::eventKey(a.family, a.criterionNumber),
                      LatestEvent{a.id, a.setId, a.criterionNumber, a.assessedOn, a.status, a.recordedBy, a.note});
    }
    return evaluate(communeId, provinceId, date, latest);
}

Result<QList<MetPoint>> ProgressService::metOverTime(const QString& communeId, const QDate& until)
{
    const auto province = provinceOf(communeId);
    if (!province) {
        return province.error();
    }
    AssessmentStore store(*m_db);
    const auto history = store.historyOf(communeId);
    if (!history) {
        return history.error();
    }
    return metLine(communeId, province.value(), history.value(), until);
}

QList<MetPoint> ProgressService::metLine(const QString& communeId, const QString& provinceId,
                                         const QList<Assessment>& history, const QDate& until) const
{
    QList<QDate> dates = m_resolver.changeDates(communeId, provinceId);
    for (const Assessment& a : history) {
        dates.append(a.assessedOn);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    // The latest events grow as the dates advance: what evaluateHistory() builds for each date, built once.
    QHash<QString, LatestEvent> latest;
    qsizetype next = 0;
    QList<MetPoint> out;
    for (const QDate& d : dates) {
        if (d > until) {
            break;
        }
        for (; next < history.size() && history.at(next).assessedOn <= d; ++next) {
            const Assessment& a = history.at(next);
            latest.insert(AssessmentStore::eventKey(a.family, a.criterionNumber),
                          LatestEvent{a.id, a.setId, a.criterionNumber, a.assessedOn, a.status, a.recordedBy, a.note});
        }
        const CommuneProgress p = evaluate(communeId, provinceId, d, latest);
        if (p.setId.isEmpty()) {
            continue;
        }
        const MetPoint point{d, p.met, p.total, p.setCode};
        if (out.isEmpty() || out.constLast().met != point.met || out.constLast().total != point.total ||
            out.constLast().setCode != point.setCode) {
            out.append(point);
        }
    }
    return out;
}

} // namespace ntm::core
