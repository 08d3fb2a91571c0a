// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QString>

#include <optional>

namespace ntm::core {

/// Who is acting on an open database: the signed-in account, the local owner of a database without accounts
/// (single-user mode: an administrator), or nobody (the database has accounts and nobody signed in yet, so no
/// change is allowed). Every write through core is checked against it and recorded under its name.
struct Actor
{
    QString userId;   ///< app_user.id; empty for the local owner and for nobody
    QString username; ///< written to the audit log and to "recorded by"
    QString fullName;
    std::optional<Role> role; ///< nullopt: nobody is signed in
    QString districtId;       ///< the district of a district personnel officer
    QString communeId;        ///< the commune of a commune leader
    bool localOwner = false;  ///< single-user mode: nobody signs in, the owner of the file administers it

    /// The owner of a database without accounts, named after the operating system's user.
    static Actor owner(const QString& name);
    /// Nobody signed in to a database that has accounts.
    static Actor nobody();

    bool signedIn() const { return role.has_value(); }
    bool isAdmin() const { return role == Role::Admin; }
    /// "lan (Provincial reviewer)", "owner" — for the status bar and messages.
    QString display() const;
};

} // namespace ntm::core
