// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Account.h"
#include "access/Actor.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace ntm::core {

class Database;

/// User accounts and signing in (docs/security.md).
///
/// A database without accounts runs in single-user mode: nobody signs in and the local owner is an administrator.
/// The first account an administrator creates must itself be an administrator (so somebody can always manage the
/// accounts); from then on the session acts as that account and every later opening of the file needs a sign-in.
/// Passwords: PasswordHash (PBKDF2-HMAC-SHA256, 600,000 iterations, random salt), at least 8 characters.
/// After a failed sign-in the account refuses further attempts for a growing delay (1 s, 1 s, 2 s, 4 s… up to
/// 15 minutes), stored in the account so that restarting the program does not reset it.
/// On a server each account is also a PostgreSQL login role, DATABASE.USERNAME, made, disabled, re-scoped and given
/// its passwords in the same transaction as its row (docs/server.md, "Accounts"): a person connecting under it acts
/// as the account without a second sign-in, and the server enforces its role and scope.
class AccountService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AccountService)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxDelaySeconds = 15 * 60;

    /// `clock` (UTC) is a test seam; by default the system clock.
    explicit AccountService(Database& db, Clock clock = {});

    /// The delay after `failures` failed attempts in a row.
    static int delaySeconds(int failures);
    /// Errors in a new password (length, equal to the user name), by field "password".
    static Issues checkPassword(const QString& username, const QString& password);

    Result<QList<Account>> accounts();
    /// Administrators only. Returns the new account's id.
    Result<QString> create(const NewAccount& account);
    /// Administrators only: full name, role, scope, active (refused when it leaves no active administrator).
    Status update(const Account& account);
    /// Administrators only: a new password the user must change at the next sign-in.
    Status resetPassword(const QString& id, const QString& newPassword);
    /// The signed-in user changes their own password.
    Status changePassword(const QString& oldPassword, const QString& newPassword);

    /// Checks the password and, on success, makes the account the database's actor. An unknown name, a wrong
    /// password and an inactive account get the same message; attempts during the delay are refused unchecked.
    Result<Account> signIn(const QString& username, const QString& password);
    /// Seconds before the next sign-in attempt of this user name is checked (0: now, also for unknown names), so
    /// the sign-in dialog can count down.
    Result<int> secondsToWait(const QString& username);
    /// The database's actor for an account (its role and scope).
    static Actor actorOf(const Account& account);

private:
    Status checkScope(const Account& account);
    /// On a server: the account's login role gets the new password too (made now if the account has none yet).
    Status setLoginPassword(const Account& account, const QString& password);
    Database& m_db;
    Clock m_clock;
};

} // namespace ntm::core
