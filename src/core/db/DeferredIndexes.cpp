// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DeferredIndexes.h"

#include "db/Database.h"
#include "db/Sql.h"

namespace ntm::core {

Status DeferredIndexes::drop(Database& db, const QString& table)
{
    QSqlQuery q = sql::prepare(db.sql(), QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                        "AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
    q.addBindValue(table);
    if (Status s = sql::exec(q, tr("Reading the indexes")); !s) {
        return s;
    }
    QStringList names;
    while (q.next()) {
        names.append(q.value(0).toString());
        m_statements.append(q.value(1).toString());
    }
    for (const QString& name : std::as_const(names)) {
        // sql-safe: the index name is the database's own (read from sqlite_master above), never data
        if (Status s =
                sql::run(db.sql(), QStringLiteral("DROP INDEX \"%1\"").arg(name), {}, tr("Preparing the bulk load"));
            !s) {
            return s;
        }
    }
    return {};
}

Status DeferredIndexes::restore(Database& db)
{
    for (const QString& statement : std::as_const(m_statements)) {
        if (Status s = sql::run(db.sql(), statement, {}, tr("Indexing the new records")); !s) {
            return s;
        }
    }
    m_statements.clear();
    return {};
}

} // namespace ntm::core
