// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace ntm::core {

/// Where a database is: a file path, or a PostgreSQL server named by a libpq URI
/// (`postgresql://user@host:port/database?sslmode=verify-full`, also `postgres://`).
///
/// A URI is parsed by libpq itself (PQconninfoParse), so every libpq option works. A password may be given in the
/// URI or by the caller for the session; it is never part of uri() or displayName(), so it never reaches the
/// settings file, a window title or a message. Without one, libpq's own PGPASSWORD and ~/.pgpass apply.
class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::DatabaseLocation)

public:
    /// Seconds libpq waits for a server before giving up, unless the URI says otherwise.
    static constexpr int kConnectTimeoutSeconds = 10;

    /// True when the text is a server URI rather than a file path.
    static bool isServerUri(const QString& text);
    /// A file path as given, or a parsed server URI (an error names what is wrong with it).
    static Result<DatabaseLocation> parse(const QString& text);
    /// A server location from its parts (the Connect to server dialog); empty parts are left to libpq's defaults.
    static Result<DatabaseLocation> server(const QString& host, int port, const QString& database, const QString& user,
                                           const QString& sslMode);

    bool isServer() const { return m_server; }
    QString filePath() const { return m_path; }

    QString host() const { return option("host"); }
    QString port() const { return option("port"); }
    QString database() const { return option("dbname"); }
    QString user() const { return option("user"); }
    QString sslMode() const { return option("sslmode"); }
    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }

    /// Every libpq keyword given (host, port, dbname, user, sslmode, connect_timeout, ...), without the password.
    const QList<std::pair<QString, QString>>& options() const { return m_options; }
    QString option(const char* keyword) const;

    /// The file path, or the URI without the password: what reopens this database (recent files, the window).
    QString uri() const;
    /// For people: the file path, or "DATABASE on HOST:PORT" (never the password).
    QString displayName() const;
    /// The server part for people: "HOST:PORT", or "this computer (SOCKET FOLDER)".
    QString serverName() const;
    /// Short, for a title or a message: the file's name, or the display name of a server database.
    QString shortName() const;
    /// A base for file names made from the database (exports): the file's name without its suffix, or the server
    /// database's name.
    QString baseName() const;

private:
    bool m_server = false;
    QString m_path;
    QList<std::pair<QString, QString>> m_options;
    QString m_password;
};

} // namespace ntm::core
