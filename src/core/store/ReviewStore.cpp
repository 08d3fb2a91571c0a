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
    if (Status s =
            sql::run(m_db.sql(),
                     QStringLiteral("INSERT INTO review_meeting (id, commune_id, held_on, chair, decisions, "
                                    "responsible, note, illustrative, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {m.id, m.communeId, dates::toIso(m.heldOn), sql::textOrNull(m.chair), sql::textOrNull(m.decisions),
                      sql::textOrNull(m.responsible), sql::textOrNull(m.note), m.illustrative ? 1 : 0, now, now},
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

namespace {
Status linkCriteria(Database& db, const ReviewMeeting& m, const QString& what)
{
    if (Status s = sql::run(db.sql(), QStringLiteral("DELETE FROM review_meeting_criterion WHERE meeting_id = ?"),
                            {m.id}, what);
        !s) {
        return s;
    }
    for (const QString& c : m.criterionIds) {
        if (Status s = sql::run(db.sql(),
                                QStringLiteral("INSERT INTO review_meeting_criterion (meeting_id, criterion_id) "
                                               "VALUES (?, ?)"),
                                {m.id, c}, what);
            !s) {
            return s;
        }
    }
    return {};
}
} // namespace

Status ReviewStore::updateMeeting(const ReviewMeeting& m)
{
    const QString what = tr("Saving the review meeting");
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("UPDATE review_meeting SET held_on = ?, chair = ?, decisions = ?, "
                                                "responsible = ?, note = ?, row_version = row_version + 1, "
                                                "updated_at = ? WHERE id = ? AND row_version = ?"));
    for (const QVariant& v : QVariantList{dates::toIso(m.heldOn), sql::textOrNull(m.chair),
                                          sql::textOrNull(m.decisions), sql::textOrNull(m.responsible),
                                          sql::textOrNull(m.note), dates::nowTimestamp(), m.id, m.rowVersion}) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, what); !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Error{QString(),
                     tr("This review meeting was changed or deleted by someone else since you opened it; "
                        "reload it and make your change again."),
                     ErrorKind::Conflict};
    }
    return linkCriteria(m_db, m, what);
}

Status ReviewStore::removeMeeting(const QString& id)
{
    const QString what = tr("Deleting the review meeting");
    if (Status s = sql::run(m_db.sql(), QStringLiteral("DELETE FROM review_meeting_criterion WHERE meeting_id = ?"),
                            {id}, what);
        !s) {
        return s;
    }
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM review_meeting WHERE id = ?"), {id}, what);
}

Result<std::optional<ReviewMeeting>> ReviewStore::meeting(const QString& id)
{
    const auto commune =
        sql::scalar(m_db.sql(), QStringLiteral("SELECT commune_id FROM review_meeting WHERE id = ?"), {id});
    if (!commune) {
        return commune.error();
    }
    if (!commune.value().isValid()) {
        return std::optional<ReviewMeeting>();
    }
    const auto all = meetings(commune.value().toString());
    if (!all) {
        return all.error();
    }
    for (const ReviewMeeting& m : all.value()) {
        if (m.id == id) {
            return std::optional<ReviewMeeting>(m);
        }
    }
    return std::optional<ReviewMeeting>();
}

Status ReviewStore::updateVillage(const Village& v)
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("UPDATE village SET name = ?, valid_from = ?, valid_to = ?, "
                                                "responsible_name = ?, responsible_role = ?, note = ?, "
                                                "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const QVariant& value :
         QVariantList{v.name, dates::toSql(v.validFrom), dates::toSql(v.validTo), sql::textOrNull(v.responsibleName),
                      sql::textOrNull(v.responsibleRole), sql::textOrNull(v.note), v.id, v.rowVersion}) {
        q.addBindValue(value);
    }
    if (Status s = sql::exec(q, tr("Saving the village")); !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Error{QString(),
                     tr("This village was changed or deleted by someone else since you opened it; reload it "
                        "and make your change again."),
                     ErrorKind::Conflict};
    }
    return {};
}

Status ReviewStore::removeVillage(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM village WHERE id = ?"), {id}, tr("Deleting the village"));
}

Result<std::optional<Village>> ReviewStore::village(const QString& id)
{
    const auto commune = sql::scalar(m_db.sql(), QStringLiteral("SELECT commune_id FROM village WHERE id = ?"), {id});
    if (!commune) {
        return commune.error();
    }
    if (!commune.value().isValid()) {
        return std::optional<Village>();
    }
    const auto all = villages(commune.value().toString());
    if (!all) {
        return all.error();
    }
    for (const Village& v : all.value()) {
        if (v.id == id) {
            return std::optional<Village>(v);
        }
    }
    return std::optional<Village>();
}

Result<QList<ReviewMeeting>> ReviewStore::meetings(const QString& communeId)
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT id, commune_id, held_on, chair, decisions, responsible, "
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
