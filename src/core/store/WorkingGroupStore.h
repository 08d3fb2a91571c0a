// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/WorkingGroups.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ntm::core {

/// The table of the villages each member of a working group answers for (audit entries name it).
inline const QString kResponsibilityTable = QStringLiteral("village_responsibility");

class Database;

/// A commune's working groups, their members and the villages they answer for (migration 9). Updates name the
/// row version they read and fail when it changed; stores never open transactions.
class WorkingGroupStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::WorkingGroupStore)

public:
    explicit WorkingGroupStore(Database& db) : m_db(db) {}

    Status insertGroup(const WorkingGroup& g);
    Status updateGroup(const WorkingGroup& g);
    Status removeGroup(const QString& id);
    /// The commune's groups, by start date then name.
    Result<QList<WorkingGroup>> groups(const QString& communeId);
    Result<std::optional<WorkingGroup>> group(const QString& id);

    Status insertMember(const GroupMember& m);
    Status updateMember(const GroupMember& m);
    Status removeMember(const QString& id);
    /// The commune's members of every group, by group, start date and role.
    Result<QList<GroupMember>> members(const QString& communeId);
    Result<std::optional<GroupMember>> member(const QString& id);

    Status insertResponsibility(const VillageResponsibility& r);
    Status updateResponsibility(const VillageResponsibility& r);
    Status removeResponsibility(const QString& id);
    Result<QList<VillageResponsibility>> responsibilities(const QString& communeId);
    Result<std::optional<VillageResponsibility>> responsibility(const QString& id);
    /// How many responsibilities and actions name the member (a member is deleted only when none does).
    Result<int> usesOfMember(const QString& memberId);

private:
    Database& m_db;
};

} // namespace ntm::core
