// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageSchema.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QVariantList>

#include <functional>

namespace ntm::core {

class Database;

/// Reads the rows of one package kind from the database, normalized as RecordCodec reads them from a file,
/// with their nested rows, in the order a package lists them. The SQL is built from the KindSpec's table and
/// column names only, never from data.
class KindTable final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::KindTable)

public:
    /// Called for each row; return false to stop.
    using RowFn = std::function<bool(const QVariantList& values, const QList<QVariantList>& children)>;

    /// Every row of the kind (not criteria sets). Returns false when `fn` stopped the reading.
    static Result<bool> forEach(Database& db, const KindSpec& spec, const RowFn& fn);
    /// How many rows the kind's table holds.
    static Result<qint64> count(Database& db, const KindSpec& spec);
    /// "a, b, c" of the fields' columns, each with `prefix`.
    static QString columns(const QList<FieldSpec>& fields, const QString& prefix = {});
};

} // namespace ntm::core
