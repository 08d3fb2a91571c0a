// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/postgres/PgLogins.h"

#include "db/Sql.h"
#include "db/postgres/PostgresBackend.h"

#include <QSqlQuery>

#include <libpq-fe.h>

namespace ntm::core {

Result<PgLogins::Setup> PgLogins::read(const QSqlDatabase& db)
{
    const auto row = sql::scalar(db, QStringLiteral("SELECT (to_regproc('ntm_login_create') IS NOT NULL)::integer "
                                                    "|| '|' || session_user || '|' || current_database()"));
    if (!row) {
        return row.error();
    }
    const QString text = row.value().toString();
    Setup setup;
    setup.accounts = text.section(QLatin1Char('|'), 0, 0) == QLatin1String("1");
    setup.sessionLogin = text.section(QLatin1Char('|'), 1, 1);
    setup.database = text.section(QLatin1Char('|'), 2);
    return setup;
}

QString PgLogins::loginFor(const QString& database, const QString& username)
{
    const QString login = database + QLatin1Char('.') + username;
    constexpr int kMaxNameBytes = 63; // PostgreSQL's NAMEDATALEN - 1
    return login.toUtf8().size() > kMaxNameBytes ? QString() : login;
}

Result<QString> PgLogins::verifier(const QSqlDatabase& db, const QString& login, const QString& password)
{
    pg_conn* connection = PostgresBackend::handleOf(db);
    if (!connection) {
        return Error{QString(), tr("The database is not open.")};
    }
    char* encrypted =
        PQencryptPasswordConn(connection, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!encrypted) {
        return Error{
            QStringLiteral("password"),
            tr("The password could not be encrypted: %1").arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
    }
    const QString out = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return out;
}

Status PgLogins::create(const QSqlDatabase& db, const QString& login, const QString& password)
{
    const auto encrypted = verifier(db, login, password);
    if (!encrypted) {
        return encrypted.error();
    }
    return sql::run(db, QStringLiteral("SELECT ntm_login_create(?, ?)"), {login, encrypted.value()},
                    tr("Creating the login role %1").arg(login));
}

Status PgLogins::setPassword(const QString& login, const QString& password, const QSqlDatabase& db)
{
    const auto encrypted = verifier(db, login, password);
    if (!encrypted) {
        return encrypted.error();
    }
    return sql::run(db, QStringLiteral("SELECT ntm_login_password(?, ?)"), {login, encrypted.value()},
                    tr("Setting the password of %1").arg(login));
}

Status PgLogins::setAuditTriggers(const QSqlDatabase& db, bool enabled)
{
    return sql::run(db, QStringLiteral("SELECT ntm_audit_triggers(?)"), {enabled},
                    tr("Switching the audit triggers for the copy"));
}

void PgLogins::setActor(const QSqlDatabase& db, const QString& username)
{
    // Only a label for the audit trail of a login without an account (the owner, a shared role); an account's login
    // is always named by its account, whatever this says. A failure (a transaction already failed) keeps the last.
    (void)sql::run(db, QStringLiteral("SELECT set_config('ntm.actor', ?, false)"), {username}, QString());
}

} // namespace ntm::core
