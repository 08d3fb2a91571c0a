// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

#include <memory>
#include <string_view>

namespace ntm::core {

class Database;
class RowSource;

/// Reads many rows fast: on SQLite straight from the statement, on PostgreSQL from libpq's binary results, without
/// a QVariant per value and without a row cache of Qt's. For the lists a national database fills (80,000
/// rotations, 1.4 million assessments); values are bound, never spliced.
class RowReader final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RowReader)

public:
    RowReader(Database& db, const QString& statement);
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    /// Binds the next `?` in order.
    void bind(const QVariant& value);
    /// Runs the statement; `what` names the work in the error ("Reading rotations").
    Status exec(const QString& what);
    bool next();
    /// After the last next(): an error when the rows stopped because reading failed.
    Status finished(const QString& what) const;

    QString text(int column) const;
    /// A value as UTF-8 bytes without a QString, valid until next().
    std::string_view utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    /// An ISO date column (NULL or anything else: an invalid date).
    QDate date(int column) const;
    int columnCount() const;

private:
    std::unique_ptr<RowSource> m_source;
};

} // namespace ntm::core
