// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TenureStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"

namespace ntm::core {

Result<QList<UnledPeriod>> TenureStore::communesWithoutRotation(const QDate& asOf)
{
    // term: each rotation's first and last day as of the date (the end as Rotation::endedBy() reads it).
    // A commune qualifies when a xã period covers the term's first day and one covers its last day, and no
    // rotation into it overlaps the term (Rotation::activeOn() on some day of it).
    static const QString statement = QStringLiteral(
        "WITH term AS ("
        "  SELECT id, start_date AS s,"
        "         CASE WHEN actual_end IS NOT NULL AND actual_end <= ? THEN actual_end ELSE ? END AS e"
        "  FROM rotation WHERE start_date < ?) "
        "SELECT t.id, first.commune_id "
        "FROM term t "
        "JOIN commune_period first ON first.kind = 'xa' "
        "  AND (first.valid_from IS NULL OR first.valid_from <= t.s) AND (first.valid_to IS NULL OR first.valid_to >= "
        "t.s) "
        "JOIN commune_period last ON last.commune_id = first.commune_id AND last.kind = 'xa' "
        "  AND (last.valid_from IS NULL OR last.valid_from <= t.e) AND (last.valid_to IS NULL OR last.valid_to >= t.e) "
        "WHERE t.e > t.s AND NOT EXISTS ("
        "  SELECT 1 FROM rotation o WHERE o.commune_id = first.commune_id AND o.start_date <= t.e "
        "  AND (o.actual_end IS NULL OR o.actual_end >= t.s)) "
        "ORDER BY t.id, first.commune_id");
    QSqlQuery q = sql::prepare(m_db.sql(), statement);
    const QString day = dates::toIso(asOf);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(day);
    if (Status s = sql::exec(q, tr("Reading the communes without a rotated official")); !s) {
        return s.error();
    }
    QList<UnledPeriod> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

} // namespace ntm::core
