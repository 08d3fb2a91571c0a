// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DeferredIndexes.h"

#include "db/Database.h"
#include "db/Sql.h"

namespace ntm::core {

Status DeferredIndexes::drop(Database& db, const QString& table)
{
    const auto objects = db.backend().deferrableObjects(table);
    if (!objects) {
        return objects.error();
    }
    for (const DeferredObject& o : objects.value()) {
        // sql-safe: the statements are built from the database's own catalogue, never from data
        if (Status s = sql::run(db.sql(), o.dropStatement, {}, tr("Preparing the bulk load")); !s) {
            return s;
        }
        m_statements.append(o.createStatement);
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
