// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/PasswordHash.h"
#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace ntm::core {

/// A user account (table app_user): who may sign in, with which role and scope.
struct Account
{
    QString id;
    QString username;
    QString fullName;
    Role role = Role::Reviewer;
    QString districtId; ///< the scope of a district personnel officer
    QString communeId;  ///< the scope of a commune leader
    bool active = true;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime retryAfter; ///< UTC; no sign-in attempt is checked before it (invalid: none pending)
    QString createdAt;
    int rowVersion = 1;
    QString login; ///< on a server: the PostgreSQL login role of the account (DATABASE.USERNAME); empty on a file
};

/// What an administrator fills in to create an account.
struct NewAccount
{
    QString username;
    QString fullName;
    Role role = Role::Reviewer;
    QString districtId;
    QString communeId;
    QString password;
};

} // namespace ntm::core
