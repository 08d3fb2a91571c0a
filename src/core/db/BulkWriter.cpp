// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/BulkWriter.h"

#include "db/Backend.h"
#include "db/Database.h"

namespace ntm::core {

BulkTable& BulkTable::value(int index, const QVariant& value)
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
        return value.isNull() ? null(index) : real(index, value.toDouble());
    default: {
        const QString s = value.toString();
        return s.isNull() ? null(index) : text(index, s.toUtf8());
    }
    }
}

BulkWriter::BulkWriter(Database& db) : m_backend(db.backend())
{
}

BulkWriter::~BulkWriter() = default;

BulkTable& BulkWriter::table(const QString& table, const QStringList& columns)
{
    m_tables.push_back(m_backend.bulkTable(table, columns));
    m_tables.back()->m_writer = this;
    return *m_tables.back();
}

Status BulkWriter::prepared() const
{
    for (const auto& t : m_tables) {
        if (Status s = t->prepared(); !s) {
            return s;
        }
    }
    return {};
}

Status BulkWriter::flush()
{
    QList<BulkTable*> tables;
    for (const auto& t : m_tables) {
        tables.append(t.get());
    }
    return m_backend.flushBulk(tables);
}

} // namespace ntm::core
