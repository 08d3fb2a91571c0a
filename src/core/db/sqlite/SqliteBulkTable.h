// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/BulkWriter.h"

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ntm::core {

/// BulkTable on SQLite: one INSERT prepared on the handle under Qt's connection; values are bound as UTF-8 straight
/// from the caller's buffers, without a QVariant per value, and each run() writes the row.
class SqliteBulkTable final : public BulkTable
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SqliteBulkTable)

public:
    SqliteBulkTable(sqlite3* db, const QString& table, const QStringList& columns);
    ~SqliteBulkTable() override;
    SqliteBulkTable(const SqliteBulkTable&) = delete;
    SqliteBulkTable& operator=(const SqliteBulkTable&) = delete;

    Status prepared() const override;
    BulkTable& text(int index, std::string_view value) override;
    BulkTable& integer(int index, qint64 value) override;
    BulkTable& real(int index, double value) override;
    BulkTable& null(int index) override;
    Status run() override;
    using BulkTable::text;

private:
    Error failure() const;

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_sql;
    std::vector<std::string> m_values; ///< One buffer per parameter.
};

} // namespace ntm::core
