// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/BulkStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ntm::core {

sqlite3* BulkStatement::handleOf(const QSqlDatabase& db)
{
    // Qt's SQLite driver links the system libsqlite3 (the same library as ours) and hands its handle out.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.data());
}

BulkStatement::BulkStatement(sqlite3* db, const char* statement) : m_db(db), m_sql(statement)
{
    if (m_db) {
        sqlite3_prepare_v2(m_db, statement, -1, &m_statement, nullptr);
    }
    m_values.resize(m_statement ? sqlite3_bind_parameter_count(m_statement) + 1 : 0);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

Status BulkStatement::prepared() const
{
    if (!m_db) {
        return Error{QString(), tr("Bulk writing needs an SQLite database.")};
    }
    return m_statement ? Status() : Status(failure());
}

BulkStatement& BulkStatement::text(int index, std::string_view value)
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

BulkStatement& BulkStatement::textOrNull(int index, std::string_view value)
{
    return value.empty() ? null(index) : text(index, value);
}

BulkStatement& BulkStatement::integer(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

BulkStatement& BulkStatement::null(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

BulkStatement& BulkStatement::value(int index, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return null(index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.isNull() ? null(index) : integer(index, value.toLongLong());
    case QMetaType::Double:
        if (value.isNull()) {
            return null(index);
        }
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return *this;
    default: {
        const QString s = value.toString();
        return s.isNull() ? null(index) : text(index, s.toUtf8());
    }
    }
}

Status BulkStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE) {
        return failure();
    }
    return {};
}

Error BulkStatement::failure() const
{
    const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    return Error{QString(),
                 tr("Writing to the database failed: %1 (in \"%2\")").arg(reason, QString::fromUtf8(m_sql.left(60)))};
}

} // namespace ntm::core
