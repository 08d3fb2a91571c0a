// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>

namespace ntm::core {

class Database;

/// One audited change of one row: runs `write` in its own transaction (nested in the caller's, if any) and
/// records the row before and after in the audit log, or changes nothing when any step fails.
Status insertAudited(Database& db, const QString& table, const QString& id, const std::function<Status()>& write);
Status updateAudited(Database& db, const QString& table, const QString& id, const std::function<Status()>& write);
Status removeAudited(Database& db, const QString& table, const QString& id, const std::function<Status()>& write);

} // namespace ntm::core
