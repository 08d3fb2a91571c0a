// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseWarnings.h"

#include "db/Database.h"
#include "db/OwnerOnly.h"
#include "db/ServerTls.h"
#include "db/postgres/PostgresBackend.h"

#include <libpq-fe.h>

namespace ntm::core {

QStringList DatabaseWarnings::check(Database& db)
{
    QString warning;
    if (db.isServer()) {
        pg_conn* connection = PostgresBackend::handleOf(db.sql());
        warning = ServerTls::unencryptedWarning(db.backend().location(),
                                                connection != nullptr && PQsslInUse(connection) != 0);
    } else {
        warning = OwnerOnly::secureExisting(db.path());
    }
    return warning.isEmpty() ? QStringList() : QStringList{warning};
}

} // namespace ntm::core
