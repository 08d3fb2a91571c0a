// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RotationStore.h"

#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QSqlQuery>

namespace ntm::core {

namespace {
const QString kRotationColumns = QStringLiteral(
    "id, official_id, kind, decision_no, decision_date, issuing_body, from_unit, from_position, commune_id, "
    "to_position, start_date, planned_end, actual_end, end_reason, evaluation, return_position, note, illustrative, "
    "row_version");

Rotation readRotation(const RowReader& q)
{
    Rotation r;
    r.id = q.text(0);
    r.officialId = q.text(1);
    r.kind = Vocabulary::rotationKind(q.text(2)).value_or(RotationKind::LuanChuyen);
    r.decisionNo = q.text(3);
    r.decisionDate = q.date(4);
    r.issuingBody = q.text(5);
    r.fromUnit = q.text(6);
    r.fromPosition = q.text(7);
    r.communeId = q.text(8);
    r.toPosition = q.text(9);
    r.startDate = q.date(10);
    r.plannedEnd = q.date(11);
    r.actualEnd = q.date(12);
    if (!q.isNull(13)) {
        r.endReason = Vocabulary::endReason(q.text(13));
    }
    if (!q.isNull(14)) {
        r.evaluation = Vocabulary::evaluation(q.text(14));
    }
    r.returnPosition = q.text(15);
    r.note = q.text(16);
    r.illustrative = q.integer(17) != 0;
    r.rowVersion = static_cast<int>(q.integer(18));
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
    QStringList names = kRotationColumns.split(QStringLiteral(", "));
    for (QString& n : names) {
        n.prepend(alias + QLatin1Char('.'));
    }
    return names.join(QStringLiteral(", "));
}

Rotation RotationStore::read(const RowReader& query)
{
    return readRotation(query);
}

Status RotationStore::insert(const Rotation& r)
{
    const QString now = dates::nowTimestamp();
    QVariantList values{r.id};
    values += editableValues(r);
    values += QVariantList{r.illustrative ? 1 : 0, now, now};
    return sql::run(
        m_db.sql(),
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
        return Error{QString(),
                     tr("This rotation was changed or deleted by someone else since you opened it; "
                        "reload it and make your change again."),
                     ErrorKind::Conflict};
    }
    return {};
}

Status RotationStore::remove(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM rotation WHERE id = ?"), {id}, tr("Deleting the rotation"));
}

Result<QList<Rotation>> RotationStore::select(const QString& where, const QVariantList& values)
{
    // sql-safe: `where` is one of this file's constant clauses; its values are bound
    RowReader q(m_db, QStringLiteral("SELECT ") + kRotationColumns + QStringLiteral(" FROM rotation ") + where +
                          QStringLiteral(" ORDER BY start_date"));
    for (const QVariant& v : values) {
        q.bind(v);
    }
    if (Status s = q.exec(tr("Reading rotations")); !s) {
        return s.error();
    }
    QList<Rotation> out;
    while (q.next()) {
        out.append(readRotation(q));
    }
    if (Status s = q.finished(tr("Reading rotations")); !s) {
        return s.error();
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
