// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageSummary.h"
#include "package/PlaceErrors.h"

#include <QHash>
#include <QList>

#include <array>

namespace ntm::core {

/// What happens to one package record.
enum class Decision : quint8
{
    Add,      ///< new: inserted
    Change,   ///< changed in the package only: the database's row is updated
    Same,     ///< unchanged: nothing to write
    Keep,     ///< conflict, the database's version kept
    Take,     ///< conflict, the package's version taken
    Outdated, ///< the database holds a newer version: nothing to write
};

inline bool writes(Decision d)
{
    return d == Decision::Add || d == Decision::Change || d == Decision::Take;
}

/// The decision for every record of a package (lists aligned with the package's lists; criteria sets with
/// Package::criteriaSets), the summary for people and the problems that forbid the import.
struct PackagePlan
{
    std::array<QList<Decision>, kPackageKindCount> decisions;
    /// Record index -> id of the database row it matches when that id differs (matched by natural key).
    std::array<QHash<int, QString>, kPackageKindCount> targets;
    PackageSummary summary;
    PlaceErrors errors;

    const QList<Decision>& of(PackageKind kind) const { return decisions.at(static_cast<size_t>(kind)); }
    QString targetId(PackageKind kind, int position, const QString& id) const
    {
        return targets.at(static_cast<size_t>(kind)).value(position, id);
    }
};

} // namespace ntm::core
