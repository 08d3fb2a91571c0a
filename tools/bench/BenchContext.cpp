// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchContext.h"

#include "db/Database.h"
#include "db/Sql.h"

namespace ntm::bench {

bool BenchContext::choose(core::Database& db, QString* error)
{
    const QString date = asOf.toString(Qt::ISODate);
    QSqlQuery q = core::sql::prepare(
        db.sql(),
        QStringLiteral(
            "SELECT c.province_id, v.name, count(*) AS n FROM commune c JOIN commune_period p ON p.commune_id = c.id "
            "JOIN province v ON v.id = c.province_id WHERE (p.valid_from IS NULL OR p.valid_from <= ?) AND "
            "(p.valid_to IS NULL OR p.valid_to >= ?) GROUP BY c.province_id, v.name, v.code ORDER BY n DESC, v.code "
            "LIMIT 1"));
    q.addBindValue(date);
    q.addBindValue(date);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("the database has no communes on %1").arg(date);
        return false;
    }
    provinceId = q.value(0).toString();
    provinceName = q.value(1).toString();
    const auto commune = core::sql::scalar(
        db.sql(),
        QStringLiteral(
            "SELECT commune_id FROM assessment GROUP BY commune_id ORDER BY count(*) DESC, commune_id LIMIT 1"));
    if (!commune || !commune.value().isValid()) {
        *error = QStringLiteral("the database has no assessments");
        return false;
    }
    communeId = commune.value().toString();
    return true;
}

} // namespace ntm::bench
