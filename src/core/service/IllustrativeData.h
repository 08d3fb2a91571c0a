// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// Whether a database holds illustrative rows: generated values (the demo's decision numbers, dates, histories,
/// officials, commune groups) that could be mistaken for real ones. Every view, report and export of such a
/// database says so (docs/demo-data.md).
class IllustrativeData final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::IllustrativeData)

public:
    static Result<bool> present(Database& db);
    /// The sentence shown in the status bar and printed on every page of such a database.
    static QString notice();
    /// The short mark put beside one illustrative value.
    static QString mark();
};

} // namespace ntm::core
