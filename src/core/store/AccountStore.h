// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Account.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ntm::core {

class Database;

/// User accounts (app_user). Stores never open transactions and never check permissions: AccountService does.
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AccountStore)

public:
    explicit AccountStore(Database& db) : m_db(db) {}

    Status insert(const Account& a, const PasswordHash& password);
    /// Name, role, scope and active flag; refused (a Conflict) when the row version is not a.rowVersion.
    Status update(const Account& a);
    /// A new password (and whether it must be changed at the next sign-in); refused when the version moved.
    Status setPassword(const QString& id, int rowVersion, const PasswordHash& password, bool mustChange);
    /// Names the server login role of an account that had none (AccountService::setLoginPassword).
    Status setLogin(const QString& id, const QString& login);
    /// The account whose server login role this is.
    Result<std::optional<Account>> byLogin(const QString& login);
    /// Sign-in bookkeeping, not a change of the account: neither versioned nor audited.
    Status setAttempts(const QString& id, int failedAttempts, const QDateTime& retryAfter);

    Result<QList<Account>> all();
    Result<std::optional<Account>> get(const QString& id);
    /// By user name, ignoring case.
    Result<std::optional<Account>> byUsername(const QString& username);
    Result<PasswordHash> password(const QString& id);
    /// Active administrators other than `exceptId`.
    Result<int> otherActiveAdmins(const QString& exceptId);

private:
    Result<QList<Account>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace ntm::core
