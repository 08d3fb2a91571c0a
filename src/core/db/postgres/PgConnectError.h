// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseLocation.h"

#include <QCoreApplication>
#include <QString>

namespace ntm::core {

/// Turns libpq's reason for a failed connection into one line that says which part was wrong: the host, the port,
/// the user, the password, the database name, TLS, or the server's access rules. Anything else keeps libpq's own
/// first line.
class PgConnectError final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PgConnectError)

public:
    static QString describe(const DatabaseLocation& location, const QString& libpqMessage);
};

} // namespace ntm::core
