// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/postgres/PgCopyTable.h"

#include <libpq-fe.h>

#include <charconv>

namespace ntm::core {

namespace {
QString lastError(pg_conn* connection, PGresult* result)
{
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char* detail = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    QString text = QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).trimmed();
    if (detail) {
        text += QStringLiteral(" (") + QString::fromUtf8(detail).trimmed() + QLatin1Char(')');
    }
    return text;
}
} // namespace

PgCopyTable::PgCopyTable(pg_conn* connection, const QString& table, const QStringList& columns)
    : m_connection(connection), m_table(table), m_fields(static_cast<size_t>(columns.size()), std::string("\\N"))
{
    // sql-safe: the table and column names are the program's own constants; the rows travel as COPY data
    m_copy = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
}

Status PgCopyTable::prepared() const
{
    if (!m_connection) {
        return Error{QString(), tr("Bulk writing needs an open database.")};
    }
    return {};
}

void PgCopyTable::escape(std::string_view value, std::string* out)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out->append("\\\\");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        default:
            out->push_back(c);
        }
    }
}

BulkTable& PgCopyTable::text(int index, std::string_view value)
{
    if (valid(index)) {
        std::string& field = m_fields[static_cast<size_t>(index - 1)];
        field.clear();
        escape(value, &field);
    }
    return *this;
}

BulkTable& PgCopyTable::integer(int index, qint64 value)
{
    if (valid(index)) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_fields[static_cast<size_t>(index - 1)].assign(digits, end);
    }
    return *this;
}

BulkTable& PgCopyTable::real(int index, double value)
{
    if (valid(index)) {
        char digits[32];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr; // shortest exact form
        m_fields[static_cast<size_t>(index - 1)].assign(digits, end);
    }
    return *this;
}

BulkTable& PgCopyTable::null(int index)
{
    if (valid(index)) {
        m_fields[static_cast<size_t>(index - 1)] = "\\N";
    }
    return *this;
}

Status PgCopyTable::run()
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (i > 0) {
            m_buffer.push_back('\t');
        }
        m_buffer.append(m_fields[i]);
    }
    m_buffer.push_back('\n');
    ++m_rows;
    if (m_writer && buffered() >= kFlushBytes) {
        return m_writer->flush();
    }
    return {};
}

Status PgCopyTable::send()
{
    if (m_buffer.empty()) {
        return {};
    }
    PGresult* started = PQexec(m_connection, m_copy.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        const QString reason = lastError(m_connection, started);
        PQclear(started);
        return Error{QString(), tr("Writing to the table %1 failed: %2").arg(m_table, reason)};
    }
    PQclear(started);
    bool sent = true;
    constexpr size_t kChunk = 1 << 20;
    for (size_t at = 0; at < m_buffer.size() && sent; at += kChunk) {
        const size_t size = std::min(kChunk, m_buffer.size() - at);
        sent = PQputCopyData(m_connection, m_buffer.data() + at, static_cast<int>(size)) == 1;
    }
    PQputCopyEnd(m_connection, sent ? nullptr : "client failed to send the rows");
    m_buffer.clear();
    m_rows = 0;
    QString reason;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && reason.isEmpty()) {
            reason = lastError(m_connection, result);
        }
        PQclear(result);
    }
    if (!reason.isEmpty() || !sent) {
        return Error{QString(),
                     tr("Writing to the table %1 failed: %2")
                         .arg(m_table, reason.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_connection)) : reason)};
    }
    return {};
}

} // namespace ntm::core
