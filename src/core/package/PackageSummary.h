// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageSchema.h"

#include <QList>
#include <QString>

#include <array>

namespace ntm::core {

/// How the records of one kind compare with the database (docs/exchange-format.md defines each case).
struct KindCounts
{
    qint64 added = 0;     ///< new: not in the database
    qint64 changed = 0;   ///< the package has a newer version and the database has not changed it meanwhile
    qint64 unchanged = 0; ///< the same content in both
    qint64 conflicts = 0; ///< changed differently in both since they last agreed
    qint64 outdated = 0;  ///< the database holds a newer version than the package: kept, nothing to write
    qint64 taken = 0;     ///< conflicts resolved by taking the package's version (a part of `conflicts`)

    qint64 total() const { return added + changed + unchanged + conflicts + outdated; }
    KindCounts& operator+=(const KindCounts& o)
    {
        added += o.added;
        changed += o.changed;
        unchanged += o.unchanged;
        conflicts += o.conflicts;
        outdated += o.outdated;
        taken += o.taken;
        return *this;
    }
};

/// One field whose value differs between the database and the package.
struct FieldDifference
{
    QString field;         ///< the field's key in the package ("planned_end"; "periods" for nested rows)
    QString databaseValue; ///< as people read it
    QString packageValue;
};

/// A record changed differently in both places, for the user to decide (per kind) which version wins.
struct PackageConflict
{
    PackageKind kind = PackageKind::Provinces;
    QString id;    ///< the record's id in the database
    QString label; ///< what people call the record ("Nguyễn Văn An – 12/QĐ-UBND")
    QList<FieldDifference> differences;
};

/// What a package does (or would do) to the database: counts per kind and the conflicts.
struct PackageSummary
{
    std::array<KindCounts, kPackageKindCount> byKind{};
    QList<PackageConflict> conflicts;

    const KindCounts& of(PackageKind kind) const { return byKind.at(static_cast<size_t>(kind)); }
    KindCounts& of(PackageKind kind) { return byKind.at(static_cast<size_t>(kind)); }
    KindCounts totals() const
    {
        KindCounts t;
        for (const KindCounts& k : byKind) {
            t += k;
        }
        return t;
    }
};

} // namespace ntm::core
