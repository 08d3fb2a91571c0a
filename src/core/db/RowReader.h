// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct sqlite3_stmt;

namespace ntm::core {

/// Reads many rows fast: on SQLite, straight from the statement (no QVariant per value, no row cache), else
/// through QSqlQuery with the same calls. For the lists a national database fills (80,000 rotations, 1.4 million
/// assessments); values are bound, never spliced.
class RowReader final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RowReader)

public:
    RowReader(const QSqlDatabase& db, const QString& statement);
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    /// Binds the next `?` in order.
    void bind(const QVariant& value);
    /// Runs the statement; `what` names the work in the error ("Reading rotations").
    Status exec(const QString& what);
    bool next();
    /// After the last next(): an error when the rows stopped because reading failed.
    Status finished(const QString& what) const;

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    /// An ISO date column (NULL or anything else: an invalid date).
    QDate date(int column) const;

private:
    Error failure(const QString& what) const;

    sqlite3_stmt* m_statement = nullptr;
    void* m_handle = nullptr;
    std::unique_ptr<QSqlQuery> m_query; ///< Other drivers.
    int m_bound = 0;
    int m_last = 0; ///< Last sqlite3_step result.
    QString m_sql;
    QString m_prepareError;
};

} // namespace ntm::core
