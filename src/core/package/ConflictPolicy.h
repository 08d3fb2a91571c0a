// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageSchema.h"

#include <QHash>

namespace ntm::core {

/// What the importer does with a conflict (a record changed differently in the package and in the database
/// since they last agreed): keep the database's version, or take the package's.
enum class ConflictPolicy
{
    Keep,
    Take
};

/// The user's choice per record kind, with a choice for the kinds not named.
struct ConflictPolicies
{
    ConflictPolicy fallback = ConflictPolicy::Keep;
    QHash<PackageKind, ConflictPolicy> byKind;

    ConflictPolicy of(PackageKind kind) const { return byKind.value(kind, fallback); }
    static ConflictPolicies all(ConflictPolicy policy) { return ConflictPolicies{policy, {}}; }
};

} // namespace ntm::core
