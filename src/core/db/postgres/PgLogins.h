// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ntm::core {

/// What a server database's accounts need from the connection (resources/sql/pg/0010_server_accounts.sql): whether
/// the schema has them, the session's login role, a login role's password encrypted here (SCRAM-SHA-256 with
/// libpq's PQencryptPasswordConn, so the password never reaches the server or its logs in clear), creating an
/// account's login role, and the audit triggers of a copy. PostgresBackend's account functions call it.
class PgLogins final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PgLogins)

public:
    struct Setup
    {
        bool accounts = false; ///< the schema has the login roles and the audit triggers
        QString sessionLogin;  ///< session_user
        QString database;      ///< current_database()
    };
    static Result<Setup> read(const QSqlDatabase& db);

    /// DATABASE.USERNAME, or empty when it would be longer than PostgreSQL's 63 bytes for a name.
    static QString loginFor(const QString& database, const QString& username);
    static Status create(const QSqlDatabase& db, const QString& login, const QString& password);
    static Status setPassword(const QString& login, const QString& password, const QSqlDatabase& db);
    static Status setAuditTriggers(const QSqlDatabase& db, bool enabled);
    static void setActor(const QSqlDatabase& db, const QString& username);

private:
    static Result<QString> verifier(const QSqlDatabase& db, const QString& login, const QString& password);
};

} // namespace ntm::core
