// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReviewStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QHash>

namespace ntm::core {

Status ReviewStore::insertMeeting(const ReviewMeeting& m)
{
    const QString now = dates::nowTimestamp();
    const QString what = tr("Saving the review meeting");
    if (Status s = sql::run(m_db.sql(),
                            QStringLiteral("INSERT INTO review_meeting (id, commune_id, held_on, chair, decisions, "
                                           "responsible, note, illustrative, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {m.id, m.communeId, dates::toIso(m.heldOn), sql::textOrNull(m.chair),
                             sql::textOrNull(m.decisions), sql::textOrNull(m.responsible), sql::textOrNull(m.note),
                             m.illustrative ? 1 : 0, now, now},
                            what);
        !s) {
        return s;
    }
    for (const QString& c : m.criterionIds) {
        if (Status s = sql::run(m_db.sql(),
                                QStringLiteral("INSERT INTO review_meeting_criterion (meeting_id, criterion_id) "
                                               "VALUES (?, ?)"),
                                {m.id, c}, what);
            !s) {
            return s;
        }
    }
    return {};
}

Result<QList<ReviewMeeting>> ReviewStore::meetings(const QString& communeId)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT id, commune_id, held_on, chair, decisions, responsible, "
                                                          "note, illustrative, row_version FROM review_meeting "
                                                          "WHERE commune_id = ? ORDER BY held_on"));
    q.addBindValue(communeId);
    if (Status s = sql::exec(q, tr("Reading review meetings")); !s) {
        return s.error();
    }
    QList<ReviewMeeting> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        ReviewMeeting m;
        m.id = q.value(0).toString();
        m.communeId = q.value(1).toString();
        m.heldOn = dates::fromSql(q.value(2));
        m.chair = q.value(3).toString();
        m.decisions = q.value(4).toString();
        m.responsible = q.value(5).toString();
        m.note = q.value(6).toString();
        m.illustrative = q.value(7).toBool();
        m.rowVersion = q.value(8).toInt();
        index.insert(m.id, out.size());
        out.append(m);
    }
    QSqlQuery c = sql::prepare(m_db.sql(), QStringLiteral("SELECT mc.meeting_id, mc.criterion_id FROM "
                                                          "review_meeting_criterion mc JOIN review_meeting m "
                                                          "ON m.id = mc.meeting_id WHERE m.commune_id = ?"));
    c.addBindValue(communeId);
    if (Status s = sql::exec(c, tr("Reading review meetings")); !s) {
        return s.error();
    }
    while (c.next()) {
        if (auto it = index.constFind(c.value(0).toString()); it != index.constEnd()) {
            out[*it].criterionIds.append(c.value(1).toString());
        }
    }
    return out;
}

Status ReviewStore::insertVillage(const Village& v)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO village (id, commune_id, name, valid_from, valid_to, responsible_name, "
                                   "responsible_role, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {v.id, v.communeId, v.name, dates::toSql(v.validFrom), dates::toSql(v.validTo),
                     sql::textOrNull(v.responsibleName), sql::textOrNull(v.responsibleRole), sql::textOrNull(v.note)},
                    tr("Saving the village"));
}

Result<QList<Village>> ReviewStore::villages(const QString& communeId)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT id, commune_id, name, valid_from, valid_to, "
                                                          "responsible_name, responsible_role, note, row_version "
                                                          "FROM village WHERE commune_id = ? ORDER BY name"));
    q.addBindValue(communeId);
    if (Status s = sql::exec(q, tr("Reading villages")); !s) {
        return s.error();
    }
    QList<Village> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), dates::fromSql(q.value(3)),
                    dates::fromSql(q.value(4)), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toInt()});
    }
    return out;
}

} // namespace ntm::core
