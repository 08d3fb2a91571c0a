// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ntm::core {

class Database;

/// The secondary indexes of tables (and on a server their foreign keys), dropped for a bulk load and built again
/// after it, inside the caller's transaction: a database builds an index from sorted rows several times faster
/// than it inserts a million keys into it one by one, and checks a foreign key in one pass. Their definitions are
/// read from the database (Backend::deferrableObjects), so they stay the migrations'. Constraint indexes (primary
/// keys, UNIQUE columns) are kept.
class DeferredIndexes final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::DeferredIndexes)

public:
    Status drop(Database& db, const QString& table);
    /// Builds every dropped index again (a UNIQUE one checks its rows then, a foreign key its references).
    Status restore(Database& db);

private:
    QStringList m_statements;
};

} // namespace ntm::core
