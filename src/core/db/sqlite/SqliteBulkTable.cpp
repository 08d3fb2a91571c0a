// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlite/SqliteBulkTable.h"

#include <sqlite3.h>

namespace ntm::core {

SqliteBulkTable::SqliteBulkTable(sqlite3* db, const QString& table, const QStringList& columns) : m_db(db)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    // sql-safe: the table and column names are the program's own constants; every value is bound
    m_sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                .toUtf8();
    if (m_db) {
        sqlite3_prepare_v2(m_db, m_sql.constData(), -1, &m_statement, nullptr);
    }
    m_values.resize(m_statement ? static_cast<size_t>(sqlite3_bind_parameter_count(m_statement)) + 1 : 0);
}

SqliteBulkTable::~SqliteBulkTable()
{
    sqlite3_finalize(m_statement);
}

Status SqliteBulkTable::prepared() const
{
    if (!m_db) {
        return Error{QString(), tr("Bulk writing needs an open database.")};
    }
    return m_statement ? Status() : Status(failure());
}

BulkTable& SqliteBulkTable::text(int index, std::string_view value)
{
    if (index <= 0 || index >= static_cast<int>(m_values.size())) {
        return *this; // sqlite3_step reports the parameter that was never bound
    }
    std::string& buffer = m_values[static_cast<size_t>(index)];
    buffer.assign(value.data(), value.size());
    // SQLITE_STATIC: the buffer lives with the statement and keeps the value until the next bind of this parameter.
    sqlite3_bind_text(m_statement, index, buffer.data(), static_cast<int>(buffer.size()), SQLITE_STATIC);
    return *this;
}

BulkTable& SqliteBulkTable::integer(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

BulkTable& SqliteBulkTable::real(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

BulkTable& SqliteBulkTable::null(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Status SqliteBulkTable::run()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE) {
        return failure();
    }
    return {};
}

Error SqliteBulkTable::failure() const
{
    const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    return Error{QString(),
                 tr("Writing to the database failed: %1 (in \"%2\")").arg(reason, QString::fromUtf8(m_sql.left(60)))};
}

} // namespace ntm::core
