// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/postgres/PgConnectError.h"

#include "db/DatabaseLocation.h"
#include "db/ServerTls.h"

#include <QStringList>

namespace ntm::core {

namespace {
/// libpq's most telling line: the FATAL or "failed:" part, without "connection to server ... failed:".
QString essence(const QString& message)
{
    QString line;
    for (const QString& l : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString t = l.trimmed();
        if (!t.isEmpty()) {
            line = t;
            if (t.contains(QLatin1String("FATAL")) || t.contains(QLatin1String("failed:"))) {
                break;
            }
        }
    }
    const qsizetype failed = line.indexOf(QLatin1String("failed: "));
    if (failed >= 0) {
        line = line.mid(failed + 8);
    }
    line.remove(QLatin1String("FATAL:  "));
    line.remove(QLatin1String("(08001)"));
    line.remove(QLatin1String("(08006)"));
    return line.trimmed();
}

bool has(const QString& text, const char* part)
{
    return text.contains(QLatin1String(part), Qt::CaseInsensitive);
}
} // namespace

QString PgConnectError::describe(const DatabaseLocation& location, const QString& libpqMessage)
{
    const QString server = location.serverName();
    const QString user = location.user().isEmpty() ? qEnvironmentVariable("USER") : location.user();
    const QString database = location.database().isEmpty() ? user : location.database();
    const QString reason = essence(libpqMessage);
    if (has(reason, "password authentication failed") || has(reason, "SCRAM authentication")) {
        return tr("Wrong password for the user %1 on the server %2.").arg(user, server);
    }
    if (has(reason, "no password supplied")) {
        return tr("The server %1 asks for the password of the user %2: give it (Connect to server), or set "
                  "PGPASSWORD or ~/.pgpass.")
            .arg(server, user);
    }
    if (has(reason, "role \"") && has(reason, "does not exist")) {
        return tr("The server %1 has no user %2 (check the user name).").arg(server, user);
    }
    if (has(reason, "database \"") && has(reason, "does not exist")) {
        return tr("The server %1 has no database %2 (check the database name).").arg(server, database);
    }
    if (has(reason, "could not translate host name") || has(reason, "Name or service not known") ||
        has(reason, "Temporary failure in name resolution")) {
        return tr("The server name %1 is not known (check the host name).").arg(location.host());
    }
    if (has(reason, "Connection refused") ||
        (has(reason, "No such file or directory") && has(libpqMessage, "socket"))) {
        return tr("No database server answers at %1 (check the host and the port, and that PostgreSQL runs there).")
            .arg(server);
    }
    if (has(reason, "timeout expired") || has(reason, "timed out")) {
        return tr("The server %1 did not answer within %2 seconds (check the host, the port and the network).")
            .arg(server)
            .arg(DatabaseLocation::kConnectTimeoutSeconds);
    }
    if (has(reason, "no route to host") || has(reason, "Network is unreachable")) {
        return tr("The server %1 cannot be reached from this computer (check the network).").arg(server);
    }
    if (has(reason, "pg_hba.conf")) {
        return tr("The server %1 does not let the user %2 connect to the database %3 from this computer (its "
                  "pg_hba.conf rules; ask its administrator).")
            .arg(server, user, database);
    }
    if (has(reason, "server does not support SSL")) {
        if (ServerTls::isDefault(location)) {
            return tr("The server %1 does not offer TLS. NTM Tracker encrypts every connection to another computer "
                      "unless the address says otherwise: ask the server's administrator to turn TLS on, or, on a "
                      "trusted network only, add sslmode=disable to the address.")
                .arg(server);
        }
        return tr("The server %1 does not offer TLS, but the connection requires it (sslmode=%2).")
            .arg(server, ServerTls::effectiveMode(location));
    }
    if (has(reason, "certificate") || has(reason, "SSL")) {
        return tr("The TLS connection to %1 failed: %2").arg(server, reason);
    }
    if (has(reason, "too many connections") || has(reason, "remaining connection slots")) {
        return tr("The server %1 has no free connections left; try again later or ask its administrator.").arg(server);
    }
    return tr("Could not connect to the server %1: %2").arg(server, reason);
}

} // namespace ntm::core
