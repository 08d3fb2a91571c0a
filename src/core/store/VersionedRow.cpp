// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/VersionedRow.h"

#include "db/Database.h"
#include "db/Sql.h"

namespace ntm::core::versioned {

Status bindAndRun(QSqlQuery& query, const QVariantList& values, const QString& what)
{
    for (const QVariant& v : values) {
        query.addBindValue(v);
    }
    return sql::exec(query, what);
}

Status update(Database& db, const QString& statement, const QVariantList& values, const QString& what,
              const QString& conflict)
{
    QSqlQuery q = sql::prepare(db.sql(), statement);
    if (Status s = bindAndRun(q, values, what); !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Error{QString(), conflict, ErrorKind::Conflict};
    }
    return {};
}

} // namespace ntm::core::versioned
