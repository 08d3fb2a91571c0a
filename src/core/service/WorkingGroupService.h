// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/WorkingGroupRules.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// A commune's working groups, their members and the villages each group and member answers for: the rules of
/// WorkingGroupRules, the signed-in user's scope (a commune leader changes their own commune's groups only), one
/// transaction and one audit entry per change. A group or member is deleted only when nothing refers to it.
class WorkingGroupService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::WorkingGroupService)

public:
    explicit WorkingGroupService(Database& db) : m_db(db) {}

    /// What the rules look at for the commune, read from the database.
    Result<GroupContext> context(const QString& communeId);

    Result<Issues> checkGroup(const WorkingGroup& g);
    Result<QString> addGroup(WorkingGroup g);
    Status updateGroup(const WorkingGroup& g);
    Status removeGroup(const QString& id);

    Result<Issues> checkMember(const GroupMember& m);
    Result<QString> addMember(GroupMember m);
    Status updateMember(const GroupMember& m);
    Status removeMember(const QString& id);

    Result<Issues> checkResponsibility(const VillageResponsibility& r);
    Result<QString> addResponsibility(VillageResponsibility r);
    Status updateResponsibility(const VillageResponsibility& r);
    Status removeResponsibility(const QString& id);

private:
    Status require(const QString& communeId);
    Database& m_db;
};

} // namespace ntm::core
