// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Sql.h"
#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace ntm::core {

class Database;

/// Helpers the stores of issue 20 share for rows with a row_version.
namespace versioned {

/// Runs an UPDATE whose last bound values are "WHERE id = ? AND row_version = ?": exactly one row must change,
/// otherwise the record was changed or deleted by someone else since it was read (`conflict` says so).
Status update(Database& db, const QString& statement, const QVariantList& values, const QString& what,
              const QString& conflict);

/// Binds `values` in order and runs the query.
Status bindAndRun(QSqlQuery& query, const QVariantList& values, const QString& what);

/// Every row of a SELECT, each read by `read(query)`.
template <typename T, typename Read>
Result<QList<T>> readAll(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                         const QString& what, Read read)
{
    QSqlQuery q = sql::prepare(db, statement);
    if (Status s = bindAndRun(q, values, what); !s) {
        return s.error();
    }
    QList<T> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

/// The first row of a list read by readAll(), if any.
template <typename T> Result<std::optional<T>> first(Result<QList<T>> all)
{
    if (!all) {
        return all.error();
    }
    return all.value().isEmpty() ? std::optional<T>() : std::optional<T>(all.value().constFirst());
}

} // namespace versioned
} // namespace ntm::core
