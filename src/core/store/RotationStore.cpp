// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RotationStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QSqlQuery>

namespace ntm::core {

namespace {
const QString kColumns = QStringLiteral(
    "id, official_id, kind, decision_no, decision_date, issuing_body, from_unit, from_position, commune_id, "
    "to_position, start_date, planned_end, actual_end, end_reason, evaluation, return_position, note, illustrative, "
    "row_version");

Rotation readRotation(const QSqlQuery& q)
{
    Rotation r;
    r.id = q.value(0).toString();
    r.officialId = q.value(1).toString();
    r.kind = Vocabulary::rotationKind(q.value(2).toString()).value_or(RotationKind::LuanChuyen);
    r.decisionNo = q.value(3).toString();
    r.decisionDate = dates::fromSql(q.value(4));
    r.issuingBody = q.value(5).toString();
    r.fromUnit = q.value(6).toString();
    r.fromPosition = q.value(7).toString();
    r.communeId = q.value(8).toString();
    r.toPosition = q.value(9).toString();
    r.startDate = dates::fromSql(q.value(10));
    r.plannedEnd = dates::fromSql(q.value(11));
    r.actualEnd = dates::fromSql(q.value(12));
    r.endReason = Vocabulary::endReason(q.value(13).toString());
    r.evaluation = Vocabulary::evaluation(q.value(14).toString());
    r.returnPosition = q.value(15).toString();
    r.note = q.value(16).toString();
    r.illustrative = q.value(17).toBool();
    r.rowVersion = q.value(18).toInt();
    return r;
}

QVariantList editableValues(const Rotation& r)
{
    return {r.officialId,
            Vocabulary::key(r.kind),
            r.decisionNo.trimmed(),
            dates::toSql(r.decisionDate),
            r.issuingBody.trimmed(),
            decisionKey(r.issuingBody, r.decisionNo),
            sql::textOrNull(r.fromUnit),
            sql::textOrNull(r.fromPosition),
            r.communeId,
            r.toPosition.trimmed(),
            dates::toSql(r.startDate),
            dates::toSql(r.plannedEnd),
            dates::toSql(r.actualEnd),
            r.endReason ? QVariant(Vocabulary::key(*r.endReason)) : sql::nullText(),
            r.evaluation ? QVariant(Vocabulary::key(*r.evaluation)) : sql::nullText(),
            sql::textOrNull(r.returnPosition),
            sql::textOrNull(r.note)};
}
} // namespace

QString RotationStore::columns(const QString& alias)
{
    QStringList names = kColumns.split(QStringLiteral(", "));
    for (QString& n : names) {
        n.prepend(alias + QLatin1Char('.'));
    }
    return names.join(QStringLiteral(", "));
}

Rotation RotationStore::read(const QSqlQuery& query)
{
    return readRotation(query);
}

Status RotationStore::insert(const Rotation& r)
{
    const QString now = dates::nowTimestamp();
    QVariantList values{r.id};
    values += editableValues(r);
    values += QVariantList{r.illustrative ? 1 : 0, now, now};
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO rotation (id, official_id, kind, decision_no, decision_date, issuing_body, "
                                   "decision_key, from_unit, from_position, commune_id, to_position, start_date, "
                                   "planned_end, actual_end, end_reason, evaluation, return_position, note, illustrative, "
                                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?)"),
                    values, tr("Saving the rotation"));
}

Status RotationStore::update(const Rotation& r)
{
    QSqlQuery q = sql::prepare(
        m_db.sql(),
        QStringLiteral("UPDATE rotation SET official_id = ?, kind = ?, decision_no = ?, decision_date = ?, "
                       "issuing_body = ?, decision_key = ?, from_unit = ?, from_position = ?, commune_id = ?, "
                       "to_position = ?, start_date = ?, planned_end = ?, actual_end = ?, end_reason = ?, "
                       "evaluation = ?, return_position = ?, note = ?, row_version = row_version + 1, updated_at = ? "
                       "WHERE id = ? AND row_version = ?"));
    QVariantList values = editableValues(r);
    values += QVariantList{dates::nowTimestamp(), r.id, r.rowVersion};
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, tr("Saving the rotation")); !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Error{QString(), tr("This rotation was changed or deleted by someone else since you opened it; "
                                   "reload it and make your change again.")};
    }
    return {};
}

Status RotationStore::remove(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM rotation WHERE id = ?"), {id}, tr("Deleting the rotation"));
}

Result<QList<Rotation>> RotationStore::select(const QString& where, const QVariantList& values)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM rotation ") +
                                               where + QStringLiteral(" ORDER BY start_date"));
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, tr("Reading rotations")); !s) {
        return s.error();
    }
    QList<Rotation> out;
    while (q.next()) {
        out.append(readRotation(q));
    }
    return out;
}

Result<std::optional<Rotation>> RotationStore::get(const QString& id)
{
    auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list) {
        return list.error();
    }
    return list.value().isEmpty() ? std::optional<Rotation>() : std::optional<Rotation>(list.value().constFirst());
}

Result<QList<Rotation>> RotationStore::all()
{
    return select(QString(), {});
}

Result<QList<Rotation>> RotationStore::ofOfficial(const QString& officialId)
{
    return select(QStringLiteral("WHERE official_id = ?"), {officialId});
}

Result<QList<Rotation>> RotationStore::inCommune(const QString& communeId)
{
    return select(QStringLiteral("WHERE commune_id = ?"), {communeId});
}

Result<QList<Rotation>> RotationStore::withDecision(const QString& issuingBody, const QString& decisionNo)
{
    return select(QStringLiteral("WHERE decision_key = ?"), {decisionKey(issuingBody, decisionNo)});
}

} // namespace ntm::core
