// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Sql.h"

#include "db/postgres/PostgresBackend.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace ntm::core::sql {

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    // Forward-only saves SQLite a row cache. Qt's PostgreSQL driver reads a forward-only result row by row and loses
    // it when another statement runs on the connection meanwhile (stores read in nested loops), so there the whole
    // result is fetched at once; the long lists go through RowReader on both.
    q.setForwardOnly(db.driver() && db.driver()->dbmsType() != QSqlDriver::PostgreSQL);
    q.prepare(statement);
    return q;
}

namespace {
bool onServer(const QSqlDatabase& db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

Error failure(const QSqlQuery& query, const QString& what)
{
    const QSqlError e = query.lastError();
    QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        reason = PostgresBackend::reasonOf(query.driver(), e);
    } else if (reason.contains(QStringLiteral("database is locked"))) {
        reason = QCoreApplication::translate("ntm::core::sql",
                                             "the database is busy in another program; try again in a moment");
    } else if (reason.contains(QStringLiteral("readonly")) || reason.contains(QStringLiteral("read-only"))) {
        reason = QCoreApplication::translate("ntm::core::sql", "the database file is read-only");
    } else if (reason.contains(QStringLiteral("disk is full")) ||
               reason.contains(QStringLiteral("database or disk is full"))) {
        reason = QCoreApplication::translate("ntm::core::sql", "the disk is full");
    }
    return Error{QString(), what + QStringLiteral(": ") + reason};
}

} // namespace

Status exec(QSqlQuery& query, const QString& what)
{
    if (query.exec()) {
        return {};
    }
    return failure(query, what);
}

Status run(const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& what)
{
    if (values.isEmpty() && onServer(db)) {
        QSqlQuery q(db);
        return q.exec(statement) ? Status() : Status(failure(q, what));
    }
    QSqlQuery q = prepare(db, statement);
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    return exec(q, what);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? nullText() : QVariant(value);
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    if (values.isEmpty() && onServer(db)) {
        // One round trip instead of PREPARE, EXECUTE and DEALLOCATE.
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            return failure(q, QCoreApplication::translate("ntm::core::sql", "Reading the database"));
        }
        return q.next() ? q.value(0) : QVariant();
    }
    QSqlQuery q = prepare(db, statement);
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (Status s = exec(q, QCoreApplication::translate("ntm::core::sql", "Reading the database")); !s) {
        return s.error();
    }
    return q.next() ? q.value(0) : QVariant();
}

} // namespace ntm::core::sql
