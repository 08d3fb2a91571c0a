// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace ntm::core {
class Database;
}

namespace ntm::cli {

/// Right after a command opened a database: runs core's DatabaseWarnings (which may tighten the permissions of a
/// file others could read) and prints what it says, one "ntm-cli: warning: ..." line each, to `err`.
void printWarnings(core::Database& db, QTextStream& err);

} // namespace ntm::cli
