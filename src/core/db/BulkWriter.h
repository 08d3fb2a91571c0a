// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <string_view>
#include <vector>

namespace ntm::core {

class Backend;
class BulkWriter;
class Database;

/// The rows of one table written by a BulkWriter: set each column of a row (numbered from 1, in the order the
/// columns were named), then run() ends the row. Text is copied at once, so a temporary may be given.
/// On SQLite each row is one run of a prepared INSERT on the handle; on PostgreSQL rows are buffered and sent with
/// COPY ... FROM STDIN. Values are always values, never spliced into a statement.
class BulkTable
{
public:
    virtual ~BulkTable() = default;

    /// Error when the table's statement could not be prepared.
    virtual Status prepared() const = 0;
    virtual BulkTable& text(int index, std::string_view value) = 0;
    virtual BulkTable& integer(int index, qint64 value) = 0;
    virtual BulkTable& real(int index, double value) = 0;
    virtual BulkTable& null(int index) = 0;
    /// Ends the row (on SQLite: writes it).
    virtual Status run() = 0;
    /// Bytes waiting to be sent (0 where each row is written at once).
    virtual qint64 buffered() const { return 0; }

    BulkTable& text(int index, const QByteArray& value)
    {
        return text(index, std::string_view(value.constData(), static_cast<size_t>(value.size())));
    }
    /// Binds NULL for an empty value.
    BulkTable& textOrNull(int index, std::string_view value)
    {
        return value.empty() ? null(index) : text(index, value);
    }
    BulkTable& textOrNull(int index, const QByteArray& value)
    {
        return textOrNull(index, std::string_view(value.constData(), static_cast<size_t>(value.size())));
    }
    /// A value as Qt's drivers would bind it: NULL for an invalid value or a null text, integers (and booleans) as
    /// integers, doubles as reals, anything else as UTF-8 text.
    BulkTable& value(int index, const QVariant& value);

protected:
    friend class BulkWriter;
    BulkWriter* m_writer = nullptr;
};

/// Writes many rows into several tables inside the caller's transaction, fast (the national generator, `ntm-cli
/// copy`, package imports). Tables are sent in the order they were added, so add parents before children. Call
/// finish() before reading the tables again and before committing: until then a server has not seen every row.
class BulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::BulkWriter)

public:
    explicit BulkWriter(Database& db);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    /// Adds a table; the reference stays valid as long as the writer.
    BulkTable& table(const QString& table, const QStringList& columns);
    /// Error when any table could not be prepared.
    Status prepared() const;
    /// Sends what is buffered. Called by a buffering table when it holds a lot.
    Status flush();
    Status finish() { return flush(); }

private:
    Backend& m_backend;
    std::vector<std::unique_ptr<BulkTable>> m_tables;
};

} // namespace ntm::core
