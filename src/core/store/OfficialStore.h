// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ntm::core {

class Database;

/// The register of officials. Updates check the row version: a record changed by someone else meanwhile
/// is reported, never overwritten.
class OfficialStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::OfficialStore)

public:
    explicit OfficialStore(Database& db) : m_db(db) {}

    Status insert(const Official& o);
    Status update(const Official& o);
    Status remove(const QString& id);
    Result<std::optional<Official>> get(const QString& id);
    Result<QList<Official>> all();
    /// The full names of these officials (id -> name; unknown ids are left out), in one statement.
    Result<QHash<QString, QString>> names(const QStringList& ids);
    /// How many rotations refer to the official.
    Result<int> rotationCount(const QString& id);
    /// Places in working groups (working_group_member rows) linked to the official.
    Result<int> groupMemberCount(const QString& id);

private:
    Database& m_db;
};

} // namespace ntm::core
