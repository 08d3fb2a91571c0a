// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ntm::core::ids {

/// A new random id (UUID v4, lower-case, no braces), stable once stored.
QString newId();

/// A name-based id (UUID v5): the same key gives the same id in every database, so reference data
/// (units, criteria, demo records) merges without duplicates.
QString stableId(const QString& key);

} // namespace ntm::core::ids
