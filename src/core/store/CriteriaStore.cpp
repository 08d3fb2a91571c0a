// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CriteriaStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QHash>

namespace ntm::core {

void CriteriaStore::assignIds(CriteriaSet& set)
{
    const QString base = QStringLiteral("criteria-set:%1:v%2").arg(set.code).arg(set.version);
    set.id = ids::stableId(base);
    for (Criterion& c : set.criteria) {
        c.id = ids::stableId(base + QStringLiteral(":criterion:") + QString::number(c.number));
        int order = 0;
        for (Indicator& i : c.indicators) {
            // An indicator without a known code is named by its place; a later version of a code by its start.
            QString key = i.code.isEmpty() ? QStringLiteral("#%1").arg(order) : i.code;
            if (i.validFrom.isValid()) {
                key += QLatin1Char('@') + dates::toIso(i.validFrom);
            }
            i.id = ids::stableId(base + QStringLiteral(":indicator:") + QString::number(c.number) + QLatin1Char(':') +
                                 key);
            ++order;
        }
    }
}

Status CriteriaStore::insertSet(const CriteriaSet& s)
{
    const QString what = tr("Saving criteria set %1").arg(s.displayCode());
    if (Status st = sql::run(
            m_db.sql(),
            QStringLiteral("INSERT INTO criteria_set (id, code, version, family, name, name_en, decision, "
                           "issuer, issued_on, valid_from, valid_to, scope, province_name, base_set_code, "
                           "target_region, note, content_hash, imported_at, assumption) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {s.id, s.code, s.version, s.family, s.name, sql::textOrNull(s.nameEn), sql::textOrNull(s.decision),
             sql::textOrNull(s.issuer), dates::toSql(s.issued), dates::toSql(s.validFrom), dates::toSql(s.validTo),
             s.scope, sql::textOrNull(s.provinceName), sql::textOrNull(s.baseSetCode), sql::textOrNull(s.targetRegion),
             sql::textOrNull(s.note), s.contentHash, dates::nowTimestamp(), s.assumption ? 1 : 0},
            what);
        !st) {
        return st;
    }
    return insertCriteria(s);
}

Status CriteriaStore::insertCriteria(const CriteriaSet& s)
{
    const QString what = tr("Saving criteria set %1").arg(s.displayCode());
    for (const CommuneGroupDef& g : s.communeGroups) {
        if (Status st = sql::run(m_db.sql(),
                                 QStringLiteral("INSERT INTO commune_group_def (id, set_id, number, name, name_en) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 {ids::stableId(s.id + QStringLiteral(":group:") + QString::number(g.number)), s.id,
                                  g.number, g.name, sql::textOrNull(g.nameEn)},
                                 what);
            !st) {
            return st;
        }
    }
    for (const TierDef& t : s.tiers) {
        if (Status st = sql::run(m_db.sql(),
                                 QStringLiteral("INSERT INTO criteria_tier (id, set_id, tier, name, name_en, basis, "
                                                "has_criteria, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {ids::stableId(s.id + QStringLiteral(":tier:") + t.tier), s.id, t.tier, t.name,
                                  sql::textOrNull(t.nameEn), sql::textOrNull(t.basis), t.hasCriteria ? 1 : 0,
                                  t.verified ? 1 : 0, sql::textOrNull(t.note)},
                                 what);
            !st) {
            return st;
        }
    }
    QSqlQuery cq = sql::prepare(m_db.sql(), QStringLiteral("INSERT INTO criterion (id, set_id, number, group_code, "
                                                           "group_name, name, name_en, verified, note) "
                                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery iq = sql::prepare(m_db.sql(), QStringLiteral("INSERT INTO indicator (id, criterion_id, sort_order, code, "
                                                           "name, name_en, unit, kind, direction, target, "
                                                           "targets_by_region, verified, note, valid_from, "
                                                           "valid_to) "
                                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery pq = sql::prepare(m_db.sql(), QStringLiteral("INSERT INTO indicator_target_period (indicator_id, "
                                                           "group_number, valid_from, valid_to, target, verified, "
                                                           "note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery tq = sql::prepare(m_db.sql(), QStringLiteral("INSERT INTO indicator_target (indicator_id, group_number, "
                                                           "target) VALUES (?, ?, ?)"));
    for (const Criterion& c : s.criteria) {
        const QVariantList cv{c.id,
                              s.id,
                              c.number,
                              sql::textOrNull(c.groupCode),
                              sql::textOrNull(c.groupName),
                              c.name,
                              sql::textOrNull(c.nameEn),
                              c.verified ? 1 : 0,
                              sql::textOrNull(c.note)};
        for (int i = 0; i < cv.size(); ++i) {
            cq.bindValue(i, cv.at(i));
        }
        if (Status st = sql::exec(cq, what); !st) {
            return st;
        }
        int order = 0;
        for (const Indicator& ind : c.indicators) {
            const QVariantList iv{ind.id,
                                  c.id,
                                  order++,
                                  ind.code.isEmpty() ? QStringLiteral("") : ind.code, // not null: unknown code
                                  ind.name,
                                  sql::textOrNull(ind.nameEn),
                                  sql::textOrNull(ind.unit),
                                  indicatorKindKey(ind.kind),
                                  sql::textOrNull(ind.direction),
                                  sql::textOrNull(ind.target),
                                  sql::textOrNull(ind.targetsByRegionJson),
                                  ind.verified ? 1 : 0,
                                  sql::textOrNull(ind.note),
                                  dates::toSql(ind.validFrom),
                                  dates::toSql(ind.validTo)};
            for (int i = 0; i < iv.size(); ++i) {
                iq.bindValue(i, iv.at(i));
            }
            if (Status st = sql::exec(iq, what); !st) {
                return st;
            }
            for (const TargetPeriod& p : ind.targetPeriods) {
                const QVariantList pv{ind.id,
                                      p.group,
                                      dates::toIso(p.from),
                                      dates::toSql(p.to),
                                      sql::textOrNull(p.target),
                                      p.verified ? 1 : 0,
                                      sql::textOrNull(p.note)};
                for (int i = 0; i < pv.size(); ++i) {
                    pq.bindValue(i, pv.at(i));
                }
                if (Status st = sql::exec(pq, what); !st) {
                    return st;
                }
            }
            for (auto it = ind.targetsByGroup.cbegin(); it != ind.targetsByGroup.cend(); ++it) {
                tq.bindValue(0, ind.id);
                tq.bindValue(1, it.key());
                tq.bindValue(2, sql::textOrNull(it.value()));
                if (Status st = sql::exec(tq, what); !st) {
                    return st;
                }
            }
        }
    }
    return {};
}

Status CriteriaStore::replaceContent(const CriteriaSet& s)
{
    const QString what = tr("Updating criteria set %1").arg(s.displayCode());
    const QStringList statements{
        QStringLiteral("DELETE FROM indicator_target WHERE indicator_id IN (SELECT i.id FROM indicator i "
                       "JOIN criterion c ON c.id = i.criterion_id WHERE c.set_id = ?)"),
        QStringLiteral("DELETE FROM indicator_target_period WHERE indicator_id IN (SELECT i.id FROM indicator i "
                       "JOIN criterion c ON c.id = i.criterion_id WHERE c.set_id = ?)"),
        QStringLiteral("DELETE FROM criteria_tier WHERE set_id = ?"),
        QStringLiteral("DELETE FROM indicator WHERE criterion_id IN (SELECT id FROM criterion WHERE set_id = ?)"),
        QStringLiteral("DELETE FROM criterion WHERE set_id = ?"),
        QStringLiteral("DELETE FROM commune_group_def WHERE set_id = ?"),
    };
    for (const QString& st : statements) {
        if (Status r = sql::run(m_db.sql(), st, {s.id}, what); !r) {
            return r;
        }
    }
    if (Status r = sql::run(m_db.sql(),
                            QStringLiteral("UPDATE criteria_set SET family = ?, name = ?, name_en = ?, decision = ?, "
                                           "issuer = ?, issued_on = ?, valid_from = ?, valid_to = ?, scope = ?, "
                                           "province_name = ?, base_set_code = ?, target_region = ?, note = ?, "
                                           "content_hash = ?, imported_at = ?, assumption = ? WHERE id = ?"),
                            {s.family, s.name, sql::textOrNull(s.nameEn), sql::textOrNull(s.decision),
                             sql::textOrNull(s.issuer), dates::toSql(s.issued), dates::toSql(s.validFrom),
                             dates::toSql(s.validTo), s.scope, sql::textOrNull(s.provinceName),
                             sql::textOrNull(s.baseSetCode), sql::textOrNull(s.targetRegion), sql::textOrNull(s.note),
                             s.contentHash, dates::nowTimestamp(), s.assumption ? 1 : 0, s.id},
                            what);
        !r) {
        return r;
    }
    return insertCriteria(s);
}

Result<QList<CriteriaSet>> CriteriaStore::sets()
{
    QSqlQuery q = sql::prepare(
        m_db.sql(), QStringLiteral("SELECT id, code, version, family, name, name_en, decision, issuer, issued_on, "
                                   "valid_from, valid_to, scope, "
                                   "province_name, base_set_code, target_region, note, content_hash, assumption "
                                   "FROM criteria_set "
                                   "ORDER BY COALESCE(valid_from, '9999'), code, version"));
    if (Status s = sql::exec(q, tr("Reading criteria sets")); !s) {
        return s.error();
    }
    QList<CriteriaSet> out;
    QHash<QString, qsizetype> setIndex;
    while (q.next()) {
        CriteriaSet s;
        s.id = q.value(0).toString();
        s.code = q.value(1).toString();
        s.version = q.value(2).toInt();
        s.family = q.value(3).toString();
        s.name = q.value(4).toString();
        s.nameEn = q.value(5).toString();
        s.decision = q.value(6).toString();
        s.issuer = q.value(7).toString();
        s.issued = dates::fromSql(q.value(8));
        s.validFrom = dates::fromSql(q.value(9));
        s.validTo = dates::fromSql(q.value(10));
        s.scope = q.value(11).toString();
        s.provinceName = q.value(12).toString();
        s.baseSetCode = q.value(13).toString();
        s.targetRegion = q.value(14).toString();
        s.note = q.value(15).toString();
        s.contentHash = q.value(16).toString();
        s.assumption = q.value(17).toInt() != 0;
        setIndex.insert(s.id, out.size());
        out.append(s);
    }
    QSqlQuery g = sql::prepare(m_db.sql(), QStringLiteral("SELECT set_id, number, name, name_en FROM commune_group_def "
                                                          "ORDER BY set_id, number"));
    if (Status s = sql::exec(g, tr("Reading criteria sets")); !s) {
        return s.error();
    }
    while (g.next()) {
        if (auto it = setIndex.constFind(g.value(0).toString()); it != setIndex.constEnd()) {
            out[*it].communeGroups.append({g.value(1).toInt(), g.value(2).toString(), g.value(3).toString()});
        }
    }
    QSqlQuery c =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT id, set_id, number, group_code, group_name, name, "
                                                "name_en, verified, note FROM criterion ORDER BY set_id, number"));
    if (Status s = sql::exec(c, tr("Reading criteria")); !s) {
        return s.error();
    }
    QHash<QString, QPair<qsizetype, qsizetype>> critIndex;
    while (c.next()) {
        const auto it = setIndex.constFind(c.value(1).toString());
        if (it == setIndex.constEnd()) {
            continue;
        }
        Criterion cr;
        cr.id = c.value(0).toString();
        cr.number = c.value(2).toInt();
        cr.groupCode = c.value(3).toString();
        cr.groupName = c.value(4).toString();
        cr.name = c.value(5).toString();
        cr.nameEn = c.value(6).toString();
        cr.verified = c.value(7).toBool();
        cr.note = c.value(8).toString();
        critIndex.insert(cr.id, {*it, out[*it].criteria.size()});
        out[*it].criteria.append(cr);
    }
    QSqlQuery i = sql::prepare(m_db.sql(), QStringLiteral("SELECT id, criterion_id, code, name, name_en, unit, kind, "
                                                          "direction, target, targets_by_region, verified, note, "
                                                          "valid_from, valid_to "
                                                          "FROM indicator ORDER BY criterion_id, sort_order"));
    if (Status s = sql::exec(i, tr("Reading indicators")); !s) {
        return s.error();
    }
    QHash<QString, Indicator*> indicatorById;
    while (i.next()) {
        const auto it = critIndex.constFind(i.value(1).toString());
        if (it == critIndex.constEnd()) {
            continue;
        }
        Indicator ind;
        ind.id = i.value(0).toString();
        ind.code = i.value(2).toString();
        ind.name = i.value(3).toString();
        ind.nameEn = i.value(4).toString();
        ind.unit = i.value(5).toString();
        parseIndicatorKind(i.value(6).toString(), &ind.kind);
        ind.direction = i.value(7).toString();
        ind.target = i.value(8).toString();
        ind.targetsByRegionJson = i.value(9).toString();
        ind.verified = i.value(10).toBool();
        ind.note = i.value(11).toString();
        ind.validFrom = dates::fromSql(i.value(12));
        ind.validTo = dates::fromSql(i.value(13));
        out[it->first].criteria[it->second].indicators.append(ind);
    }
    for (CriteriaSet& s : out) {
        for (Criterion& cr : s.criteria) {
            for (Indicator& ind : cr.indicators) {
                indicatorById.insert(ind.id, &ind);
            }
        }
    }
    QSqlQuery t =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT indicator_id, group_number, target FROM indicator_target"));
    if (Status s = sql::exec(t, tr("Reading indicator targets")); !s) {
        return s.error();
    }
    while (t.next()) {
        if (Indicator* ind = indicatorById.value(t.value(0).toString())) {
            ind->targetsByGroup.insert(t.value(1).toInt(), t.value(2).toString());
        }
    }
    QSqlQuery p = sql::prepare(m_db.sql(), QStringLiteral("SELECT indicator_id, group_number, valid_from, valid_to, "
                                                          "target, verified, note FROM indicator_target_period "
                                                          "ORDER BY indicator_id, valid_from, group_number"));
    if (Status s = sql::exec(p, tr("Reading indicator targets")); !s) {
        return s.error();
    }
    while (p.next()) {
        if (Indicator* ind = indicatorById.value(p.value(0).toString())) {
            ind->targetPeriods.append({p.value(1).toInt(), dates::fromSql(p.value(2)), dates::fromSql(p.value(3)),
                                       p.value(4).toString(), p.value(5).toInt() != 0, p.value(6).toString()});
        }
    }
    QSqlQuery tiers =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT set_id, tier, name, name_en, basis, has_criteria, "
                                                "verified, note FROM criteria_tier ORDER BY set_id, "
                                                "CASE tier WHEN 'ntm' THEN 1 WHEN 'nang_cao' THEN 2 "
                                                "WHEN 'kieu_mau' THEN 3 ELSE 4 END"));
    if (Status s = sql::exec(tiers, tr("Reading criteria sets")); !s) {
        return s.error();
    }
    while (tiers.next()) {
        if (auto it = setIndex.constFind(tiers.value(0).toString()); it != setIndex.constEnd()) {
            out[*it].tiers.append({tiers.value(1).toString(), tiers.value(2).toString(), tiers.value(3).toString(),
                                   tiers.value(4).toString(), tiers.value(5).toInt() != 0, tiers.value(6).toInt() != 0,
                                   tiers.value(7).toString()});
        }
    }
    return out;
}

Result<QList<CriteriaSet>> CriteriaStore::versionsOf(const QString& code)
{
    auto all = sets();
    if (!all) {
        return all.error();
    }
    QList<CriteriaSet> out;
    for (const CriteriaSet& s : all.value()) {
        if (s.code == code) {
            out.append(s);
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version > b.version; });
    return out;
}

Result<bool> CriteriaStore::isUsed(const QString& setId)
{
    const auto v = sql::scalar(
        m_db.sql(),
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM assessment WHERE set_id = ?) "
                       "OR EXISTS (SELECT 1 FROM criterion_plan p JOIN criterion c ON c.id = p.criterion_id "
                       "WHERE c.set_id = ?) "
                       "OR EXISTS (SELECT 1 FROM review_meeting_criterion m JOIN criterion c ON c.id = m.criterion_id "
                       "WHERE c.set_id = ?) "
                       "OR EXISTS (SELECT 1 FROM criterion_crosswalk w JOIN criterion c "
                       "ON c.id IN (w.from_criterion_id, w.to_criterion_id) WHERE c.set_id = ?) "
                       "OR EXISTS (SELECT 1 FROM review_action a JOIN criterion c ON c.id = a.criterion_id "
                       "WHERE c.set_id = ?) "
                       "OR EXISTS (SELECT 1 FROM village_criterion_rule r JOIN criterion c ON c.id = r.criterion_id "
                       "WHERE c.set_id = ?)"),
        {setId, setId, setId, setId, setId, setId});
    if (!v) {
        return v.error();
    }
    return v.value().toBool();
}

Status CriteriaStore::insertAssignment(const SetAssignment& a)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO set_assignment (id, set_id, province_id, commune_id, valid_from, note, "
                                   "assumption) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {a.id, a.setId, sql::textOrNull(a.provinceId), sql::textOrNull(a.communeId),
                     dates::toIso(a.validFrom), sql::textOrNull(a.note), a.assumption ? 1 : 0},
                    tr("Saving which criteria set applies"));
}

Result<QList<SetAssignment>> CriteriaStore::assignments()
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT id, set_id, province_id, commune_id, valid_from, note, "
                                                "assumption FROM set_assignment ORDER BY valid_from"));
    if (Status s = sql::exec(q, tr("Reading criteria set assignments")); !s) {
        return s.error();
    }
    QList<SetAssignment> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    dates::fromSql(q.value(4)), q.value(5).toString(), q.value(6).toInt() != 0});
    }
    return out;
}

Status CriteriaStore::insertCommuneGroup(const CommuneGroupAssignment& g)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO commune_group (id, commune_id, group_number, valid_from, illustrative, "
                                   "note) VALUES (?, ?, ?, ?, ?, ?)"),
                    {g.id.isEmpty() ? ids::newId() : g.id, g.communeId, g.group, dates::toIso(g.validFrom),
                     g.illustrative ? 1 : 0, sql::textOrNull(g.note)},
                    tr("Saving the commune group"));
}

Result<QList<CommuneGroupAssignment>> CriteriaStore::communeGroups(const QString& communeId)
{
    QString statement =
        QStringLiteral("SELECT id, commune_id, group_number, valid_from, illustrative, note FROM commune_group");
    if (!communeId.isEmpty()) {
        statement += QStringLiteral(" WHERE commune_id = ?");
    }
    statement += QStringLiteral(" ORDER BY commune_id, valid_from");
    QSqlQuery q = sql::prepare(m_db.sql(), statement);
    if (!communeId.isEmpty()) {
        q.addBindValue(communeId);
    }
    if (Status s = sql::exec(q, tr("Reading commune groups")); !s) {
        return s.error();
    }
    QList<CommuneGroupAssignment> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), dates::fromSql(q.value(3)),
                    q.value(4).toInt() != 0, q.value(5).toString()});
    }
    return out;
}

Status CriteriaStore::removeAssignment(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM set_assignment WHERE id = ?"), {id},
                    tr("Removing the criteria set assignment"));
}

Status CriteriaStore::removeCommuneGroup(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM commune_group WHERE id = ?"), {id},
                    tr("Removing the commune group"));
}

} // namespace ntm::core
