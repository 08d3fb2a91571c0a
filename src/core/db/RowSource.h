// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <string_view>

namespace ntm::core {

/// One backend's way of reading many rows fast (RowReader's engine): SQLite's statement, PostgreSQL's binary
/// results. Columns are numbered from 0; parameters are bound in order.
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual void bind(const QVariant& value) = 0;
    virtual Status exec(const QString& what) = 0;
    virtual bool next() = 0;
    virtual Status finished(const QString& what) const = 0;
    virtual QString text(int column) const = 0;
    /// A value as UTF-8 text without a QString, valid until next(): for copying whole tables.
    virtual std::string_view utf8(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    /// An ISO date column (NULL or anything else: an invalid date).
    virtual QDate date(int column) const = 0;
    virtual int columnCount() const = 0;
};

/// Parses "yyyy-MM-dd" from raw bytes without a QString: an invalid date for anything else.
QDate isoDate(const char* text, qsizetype size);

} // namespace ntm::core
