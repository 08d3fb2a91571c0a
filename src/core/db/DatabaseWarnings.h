// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ntm::core {

class Database;

/// What the user should know about a database's safety once it is open, and the one repair that goes with it: the
/// app and ntm-cli call check() once each time they open a database and show what it says (the status bar,
/// "ntm-cli: warning:" on stderr).
///
/// - A file that other users of the computer can read: tightened to its owner when that is safe, else reported
///   (OwnerOnly::secureExisting). Database::open itself never changes an existing file's permissions.
/// - A connection to a server on another computer that is not encrypted (ServerTls::unencryptedWarning).
class DatabaseWarnings final
{
public:
    static QStringList check(Database& db);
};

} // namespace ntm::core
