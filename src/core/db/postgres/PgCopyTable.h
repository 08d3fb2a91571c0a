// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/BulkWriter.h"

#include <string>
#include <vector>

struct pg_conn;

namespace ntm::core {

/// BulkTable on PostgreSQL: rows are kept in COPY's text format in a buffer and sent with COPY ... FROM STDIN by
/// send() (PostgresBackend::flushBulk calls it for every table of a BulkWriter, in order, when one buffer is full
/// and at finish()). Values persist from row to row until set again, as SQLite's bindings do.
class PgCopyTable final : public BulkTable
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PgCopyTable)

public:
    /// A table's buffer is sent (with all the others) when it holds this many bytes.
    static constexpr qint64 kFlushBytes = 4 * 1024 * 1024;

    PgCopyTable(pg_conn* connection, const QString& table, const QStringList& columns);

    Status prepared() const override;
    BulkTable& text(int index, std::string_view value) override;
    BulkTable& integer(int index, qint64 value) override;
    BulkTable& real(int index, double value) override;
    BulkTable& null(int index) override;
    Status run() override;
    qint64 buffered() const override { return static_cast<qint64>(m_buffer.size()); }
    using BulkTable::text;

    /// Sends the buffered rows in one COPY and empties the buffer.
    Status send();
    /// Appends `value` to `out` escaped for COPY's text format.
    static void escape(std::string_view value, std::string* out);

private:
    bool valid(int index) const { return index > 0 && index <= static_cast<int>(m_fields.size()); }

    pg_conn* m_connection;
    QString m_table;
    QByteArray m_copy;
    std::vector<std::string> m_fields; ///< Escaped, or "\N" for NULL.
    std::string m_buffer;
    qint64 m_rows = 0;
};

} // namespace ntm::core
