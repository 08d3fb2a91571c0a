// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace ntm::core {

class DatabaseLocation;

/// The TLS mode towards a PostgreSQL server (docs/server.md, "TLS"): the one place of that rule.
///
/// When neither the address nor libpq's PGSSLMODE gives an sslmode, a server on another computer is reached with
/// sslmode=require, so that passwords and personnel records never cross the network readable; a server on this
/// computer (a Unix socket folder, no host, localhost, 127.0.0.1, ::1) keeps libpq's default. A mode the user gives
/// is kept, `disable` included; an unencrypted connection to another computer is then warned about.
class ServerTls final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ServerTls)

public:
    /// The mode towards another computer when none is given (encrypted; the certificate is checked only with
    /// verify-ca or verify-full, which need the province's certificate authority).
    static constexpr const char* kRemoteDefault = "require";

    /// True when every host is this computer: a Unix socket folder, localhost, 127.0.0.1 or ::1, or no host at all
    /// (libpq's socket). A host from PGHOST or PGHOSTADDR counts like one in the address.
    static bool isLocalServer(const DatabaseLocation& location);
    /// True when the user gave no mode (neither in the address nor in PGSSLMODE).
    static bool isDefault(const DatabaseLocation& location);
    /// The mode the connection uses: the one given, else kRemoteDefault for another computer, else empty (libpq's
    /// own default, "prefer").
    static QString effectiveMode(const DatabaseLocation& location);
    /// The libpq options a connection is made with: the location's own, with sslmode=require added when that is
    /// the default. The location itself (and so the address people see and store) is left as they wrote it.
    static QList<std::pair<QString, QString>> connectionOptions(const DatabaseLocation& location);
    /// A warning for people when a connection to a server on another computer is not encrypted (`encrypted`: TLS
    /// in use once connected), or empty.
    static QString unencryptedWarning(const DatabaseLocation& location, bool encrypted);
};

} // namespace ntm::core
