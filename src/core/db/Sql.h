// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace ntm::core::sql {

/// Prepares `statement` on `db`; the returned query reports preparation errors on exec().
QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);

/// Runs a prepared query; on failure an Error naming what was being done and the database's reason.
Status exec(QSqlQuery& query, const QString& what);

/// Prepares, binds positional values and runs `statement`.
Status run(const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& what);

/// A NULL of text type, for optional columns.
QVariant nullText();

/// The value, or NULL when it is empty.
QVariant textOrNull(const QString& value);

/// Runs a query that returns one value; an invalid QVariant when it returns no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

} // namespace ntm::core::sql
