// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlite/SqliteRows.h"

#include <sqlite3.h>

namespace ntm::core {

SqliteRows::SqliteRows(sqlite3* handle, const QString& statement) : m_handle(handle)
{
    if (!handle) {
        m_prepareError = tr("the database is not open");
        return;
    }
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        // Kept now: the connection's last error may be another statement's by the time exec() reports it.
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(handle));
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

void SqliteRows::bind(const QVariant& value)
{
    ++m_bound;
    if (!m_statement) {
        return;
    }
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, m_bound);
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        sqlite3_bind_int64(m_statement, m_bound, value.toLongLong());
    } else if (value.typeId() == QMetaType::Double) {
        sqlite3_bind_double(m_statement, m_bound, value.toDouble());
    } else {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, m_bound, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
}

Status SqliteRows::exec(const QString& what)
{
    return m_statement ? Status() : Status(failure(what));
}

bool SqliteRows::next()
{
    if (!m_statement) {
        return false;
    }
    m_last = sqlite3_step(m_statement);
    return m_last == SQLITE_ROW;
}

Status SqliteRows::finished(const QString& what) const
{
    return m_last == SQLITE_ROW || m_last == SQLITE_DONE || m_last == 0 ? Status() : Status(failure(what));
}

QString SqliteRows::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_statement, column)) : QString();
}

std::string_view SqliteRows::utf8(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_statement, column))) : std::string_view();
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteRows::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QDate SqliteRows::date(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return isoDate(p, p ? sqlite3_column_bytes(m_statement, column) : 0);
}

int SqliteRows::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

Error SqliteRows::failure(const QString& what) const
{
    const QString reason = !m_statement && !m_prepareError.isEmpty() ? m_prepareError
                           : m_handle                                ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                                                     : QString();
    return Error{QString(), what + QStringLiteral(": ") + reason};
}

} // namespace ntm::core
