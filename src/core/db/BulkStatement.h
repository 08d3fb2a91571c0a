// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ntm::core {

/// One INSERT prepared on the SQLite handle under a Qt connection, for writing millions of rows: values are
/// bound as UTF-8 straight from the caller's buffers, without a QVariant per value. Used by bulk work that has
/// its own transaction (the national generator); every value is bound, never spliced into the statement.
class BulkStatement final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::BulkStatement)

public:
    /// The SQLite handle of an open QSQLITE connection, or nullptr for another driver.
    static sqlite3* handleOf(const QSqlDatabase& db);

    BulkStatement(sqlite3* db, const char* statement);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    /// Error when the statement could not be prepared.
    Status prepared() const;

    /// Parameters are numbered from 1, as in SQLite. Text is copied into the statement's own buffer for the
    /// parameter (its memory is reused from row to row), so a temporary may be bound.
    BulkStatement& text(int index, std::string_view value);
    BulkStatement& text(int index, const QByteArray& value)
    {
        return text(index, std::string_view(value.constData(), value.size()));
    }
    /// Binds NULL for an empty value.
    BulkStatement& textOrNull(int index, std::string_view value);
    BulkStatement& textOrNull(int index, const QByteArray& value)
    {
        return textOrNull(index, std::string_view(value.constData(), value.size()));
    }
    BulkStatement& integer(int index, qint64 value);
    BulkStatement& null(int index);
    /// A value as Qt's SQLite driver would bind it: NULL for an invalid value or a null text, integers (and
    /// booleans) as integers, doubles as reals, anything else as UTF-8 text.
    BulkStatement& value(int index, const QVariant& value);

    /// Runs the statement with the values bound, then makes it ready for the next row.
    Status run();

private:
    Error failure() const;

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_sql;
    std::vector<std::string> m_values; ///< One buffer per parameter.
};

} // namespace ntm::core
