// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/WorkingGroups.h"
#include "service/WorkingGroupRules.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::core {

class Database;

/// Everything a replacement changes, worked out before anything is written (so the GUI can undo it exactly): the
/// outgoing member ends the day before `on`, the successor takes the same role from `on`, and each village the
/// outgoing member answered for from then on passes to the successor.
struct MemberReplacement
{
    QDate on;
    GroupMember before;                         ///< The outgoing member as read.
    GroupMember ended;                          ///< The same member ending on on - 1.
    GroupMember successor;                      ///< The new member (its id is chosen here).
    QList<VillageResponsibility> changedBefore; ///< Responsibilities of the outgoing member as read...
    QList<VillageResponsibility> changedAfter;  ///< ...ended on on - 1, or passed whole to the successor.
    QList<VillageResponsibility> added;         ///< The successor's share of those that started before `on`.
};

/// Replaces a working-group member on a date (people change mid-year): plans the change, applies it in one
/// transaction with an audit entry per row, and reverts it (undo). Applying and reverting check that the rows are
/// still as the plan left them, so a change someone made meanwhile is never overwritten.
class MemberReplacementService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::MemberReplacementService)

public:
    explicit MemberReplacementService(Database& db) : m_db(db) {}

    /// `successor` gives the person (name, official, position, note); the group, role and dates come from the
    /// outgoing member and `on`.
    Result<MemberReplacement> plan(const QString& memberId, const QDate& on, const GroupMember& successor);
    Status apply(const MemberReplacement& r);
    Status revert(const MemberReplacement& r);

    static bool sameMember(const GroupMember& a, const GroupMember& b);
    static bool sameResponsibility(const VillageResponsibility& a, const VillageResponsibility& b);

private:
    Status validate(const MemberReplacement& r, GroupContext c);
    Database& m_db;
};

} // namespace ntm::core
