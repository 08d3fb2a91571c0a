// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/Package.h"
#include "package/PlaceErrors.h"

#include <QByteArray>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace ntm::core {

/// Turns package records from JSON into checked, normalized values and back, the same way for what a file
/// holds and for what a database row holds, so that both can be compared by a content hash.
class RecordCodec final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RecordCodec)

public:
    /// Reads `specs` from the JSON object `o` into `out` (one value per spec). Members of `o` that are not
    /// fields are errors unless named in `extraKeys`. Returns false when a problem was added to `errors`.
    static bool readFields(const QList<FieldSpec>& specs, const nlohmann::json& o, const QString& place,
                           QVariantList& out, std::initializer_list<const char*> extraKeys, PlaceErrors& errors);
    /// Reads one record of a (non-special) kind, with its nested rows.
    static bool readRecord(const KindSpec& spec, const nlohmann::json& o, const QString& place, PackageRecord& out,
                           PlaceErrors& errors);

    /// The normalized value of a database column, as readField() would give for the same data.
    static QVariant fromDatabase(const FieldSpec& field, const QVariant& value);
    /// The record as the package writes it: absent values and defaults left out, children nested.
    static nlohmann::json toJson(const KindSpec& spec, const QVariantList& values, const QList<QVariantList>& children);
    /// Hash of what the record says: every field but its id and bookkeeping times, with the nested rows in
    /// a fixed order and without their own ids. Equal hashes = the same content.
    static QByteArray contentHash(const KindSpec& spec, const QVariantList& values,
                                  const QList<QVariantList>& children);
    /// The value for people (in conflict lists): text as is, booleans as yes/no, empty as "(empty)".
    static QString display(const FieldSpec& field, const QVariant& value);

    /// Strict yyyy-MM-dd between 1900-01-01 and 2100-12-31 (a fast check: files hold many dates).
    static bool isDate(const std::string& text);
    /// A UUID in its usual 8-4-4-4-12 hexadecimal form.
    static bool isUuid(const std::string& text);
};

} // namespace ntm::core
