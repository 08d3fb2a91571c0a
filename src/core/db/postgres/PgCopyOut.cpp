// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/postgres/PgCopyOut.h"

#include <libpq-fe.h>

#include <charconv>

namespace ntm::core {

PgCopyOut::PgCopyOut(pg_conn* connection, const QString& table, const QStringList& columns)
    : m_connection(connection), m_columns(static_cast<int>(columns.size())),
      m_fields(static_cast<size_t>(columns.size())), m_nulls(static_cast<size_t>(columns.size()), true)
{
    // sql-safe: the table and column names are the database's own, read from its catalogue
    m_statement =
        QStringLiteral("COPY (SELECT %1 FROM %2) TO STDOUT").arg(columns.join(QStringLiteral(", ")), table).toUtf8();
}

PgCopyOut::~PgCopyOut()
{
    if (m_active) {
        // Stopped early: let the copy run out so the connection can serve again.
        char* line = nullptr;
        while (PQgetCopyData(m_connection, &line, 0) > 0) {
            PQfreemem(line);
        }
        while (PGresult* r = PQgetResult(m_connection)) {
            PQclear(r);
        }
    }
}

Status PgCopyOut::exec(const QString& what)
{
    PGresult* r = PQexec(m_connection, m_statement.constData());
    if (PQresultStatus(r) != PGRES_COPY_OUT) {
        const char* primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
        const QString reason = QString::fromUtf8(primary ? primary : PQerrorMessage(m_connection)).trimmed();
        PQclear(r);
        return Error{QString(), what + QStringLiteral(": ") + reason};
    }
    PQclear(r);
    m_active = true;
    return {};
}

bool PgCopyOut::next()
{
    if (!m_active) {
        return false;
    }
    char* line = nullptr;
    const int length = PQgetCopyData(m_connection, &line, 0);
    if (length > 0) {
        parse(line, length);
        PQfreemem(line);
        return true;
    }
    m_active = false;
    while (PGresult* r = PQgetResult(m_connection)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && m_error.isEmpty()) {
            const char* primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
            m_error = QString::fromUtf8(primary ? primary : PQerrorMessage(m_connection)).trimmed();
        }
        PQclear(r);
    }
    if (length == -2 && m_error.isEmpty()) {
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    }
    return false;
}

void PgCopyOut::parse(const char* line, int length)
{
    int column = 0;
    std::string* field = &m_fields[0];
    field->clear();
    bool escaped = false;
    auto finishField = [&](const std::string& f, bool wasEscaped) {
        m_nulls[size_t(column)] = !wasEscaped && f == "\\N";
    };
    for (int i = 0; i < length; ++i) {
        const char c = line[i];
        if (c == '\n') {
            break;
        }
        if (c == '\t') {
            finishField(*field, escaped);
            if (++column >= m_columns) {
                return;
            }
            field = &m_fields[size_t(column)];
            field->clear();
            escaped = false;
            continue;
        }
        if (c == '\\' && i + 1 < length) {
            const char n = line[++i];
            switch (n) {
            case 'N':
                field->append("\\N"); // NULL, decided when the field ends
                continue;
            case 't':
                field->push_back('\t');
                break;
            case 'n':
                field->push_back('\n');
                break;
            case 'r':
                field->push_back('\r');
                break;
            case 'b':
                field->push_back('\b');
                break;
            case 'f':
                field->push_back('\f');
                break;
            case 'v':
                field->push_back('\v');
                break;
            default:
                field->push_back(n);
            }
            escaped = true;
            continue;
        }
        field->push_back(c);
    }
    finishField(*field, escaped);
}

Status PgCopyOut::finished(const QString& what) const
{
    return m_error.isEmpty() ? Status() : Status(Error{QString(), what + QStringLiteral(": ") + m_error});
}

QString PgCopyOut::text(int column) const
{
    return isNull(column) ? QString() : QString::fromStdString(m_fields[size_t(column)]);
}

std::string_view PgCopyOut::utf8(int column) const
{
    return isNull(column) ? std::string_view() : std::string_view(m_fields[size_t(column)]);
}

qint64 PgCopyOut::integer(int column) const
{
    qint64 v = 0;
    if (!isNull(column)) {
        const std::string& f = m_fields[size_t(column)];
        std::from_chars(f.data(), f.data() + f.size(), v);
    }
    return v;
}

double PgCopyOut::real(int column) const
{
    double v = 0;
    if (!isNull(column)) {
        const std::string& f = m_fields[size_t(column)];
        std::from_chars(f.data(), f.data() + f.size(), v);
    }
    return v;
}

bool PgCopyOut::isNull(int column) const
{
    return column < 0 || column >= m_columns || m_nulls[size_t(column)];
}

QDate PgCopyOut::date(int column) const
{
    return isNull(column) ? QDate()
                          : isoDate(m_fields[size_t(column)].data(), qsizetype(m_fields[size_t(column)].size()));
}

} // namespace ntm::core
