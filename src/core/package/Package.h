// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "package/PackageManifest.h"
#include "package/PackageSchema.h"

#include <QList>
#include <QVariantList>

#include <array>

namespace ntm::core {

/// One record of a package, read and checked: its values in the order of its KindSpec's fields (normalized:
/// text and dates as QString, integers and booleans as qint64, reals as double, absent as an invalid QVariant).
struct PackageRecord
{
    int index = 0; ///< Position in its list in the file, for messages ("rotations[12]").
    QVariantList values;
    QList<QVariantList> children; ///< Nested rows (periods, indicator values, criteria discussed).

    QString id() const { return values.constFirst().toString(); }
};

/// A package read into memory by PackageReader: the manifest and the records of every kind. Criteria sets
/// are held as domain sets (with their criteria and indicators); every other kind as PackageRecords.
struct Package
{
    PackageManifest manifest;
    std::array<QList<PackageRecord>, kPackageKindCount> records;
    QList<CriteriaSet> criteriaSets;

    const QList<PackageRecord>& of(PackageKind kind) const { return records.at(static_cast<size_t>(kind)); }
    QList<PackageRecord>& of(PackageKind kind) { return records.at(static_cast<size_t>(kind)); }
    /// Records of one kind (criteria sets included).
    qint64 count(PackageKind kind) const
    {
        return kind == PackageKind::CriteriaSets ? criteriaSets.size() : of(kind).size();
    }
    qint64 recordCount() const
    {
        qint64 n = 0;
        for (const KindSpec& s : PackageSchema::kinds()) {
            n += count(s.kind);
        }
        return n;
    }
};

} // namespace ntm::core
