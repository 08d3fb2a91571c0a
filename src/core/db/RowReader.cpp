// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RowReader.h"

#include "db/BulkStatement.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QSqlError>

#include <sqlite3.h>

namespace ntm::core {

namespace {
int digits(const unsigned char* p, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9') {
            return -1;
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}
} // namespace

RowReader::RowReader(const QSqlDatabase& db, const QString& statement) : m_sql(statement)
{
    sqlite3* handle = BulkStatement::handleOf(db);
    if (!handle) {
        m_query = std::make_unique<QSqlQuery>(sql::prepare(db, statement));
        return;
    }
    m_handle = handle;
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        // Kept now: the connection's last error may be another statement's by the time exec() reports it.
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(handle));
    }
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement);
}

void RowReader::bind(const QVariant& value)
{
    ++m_bound;
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    if (!m_statement) {
        return;
    }
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, m_bound);
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        sqlite3_bind_int64(m_statement, m_bound, value.toLongLong());
    } else {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, m_bound, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
}

Status RowReader::exec(const QString& what)
{
    if (m_query) {
        return sql::exec(*m_query, what);
    }
    return m_statement ? Status() : Status(failure(what));
}

bool RowReader::next()
{
    if (m_query) {
        return m_query->next();
    }
    if (!m_statement) {
        return false;
    }
    m_last = sqlite3_step(m_statement);
    return m_last == SQLITE_ROW;
}

Status RowReader::finished(const QString& what) const
{
    if (m_query) {
        return m_query->lastError().isValid() ? sql::exec(*m_query, what) : Status();
    }
    return m_last == SQLITE_ROW || m_last == SQLITE_DONE || m_last == 0 ? Status() : Status(failure(what));
}

QString RowReader::text(int column) const
{
    if (m_query) {
        return m_query->value(column).toString();
    }
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 RowReader::integer(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_statement, column);
}

bool RowReader::isNull(int column) const
{
    return m_query ? m_query->value(column).isNull() : sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QDate RowReader::date(int column) const
{
    if (m_query) {
        return dates::fromSql(m_query->value(column));
    }
    const unsigned char* p = sqlite3_column_text(m_statement, column);
    if (!p || sqlite3_column_bytes(m_statement, column) != 10 || p[4] != '-' || p[7] != '-') {
        return {};
    }
    const int y = digits(p, 4);
    const int m = digits(p + 5, 2);
    const int d = digits(p + 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

Error RowReader::failure(const QString& what) const
{
    const QString reason = !m_statement && !m_prepareError.isEmpty() ? m_prepareError
                           : m_handle ? QString::fromUtf8(sqlite3_errmsg(static_cast<sqlite3*>(m_handle)))
                                      : QString();
    return Error{QString(), what + QStringLiteral(": ") + reason};
}

} // namespace ntm::core
