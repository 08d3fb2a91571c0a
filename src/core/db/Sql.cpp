// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ntm::core::sql {

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(statement);
    return q;
}

Status exec(QSqlQuery& query, const QString& what)
{
    if (query.exec()) {
        return {};
    }
    const QSqlError e = query.lastError();
    QString reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (reason.contains(QStringLiteral("database is locked"))) {
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

Status run(const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& what)
{
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
