// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"
#include "domain/Units.h"
#include "domain/WorkingGroups.h"
#include "util/Issue.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ntm::core {

/// What the working-group rules look at: the commune and its groups, members, responsibilities and villages as
/// they are in the database (the record being checked is compared with the others, never with itself).
struct GroupContext
{
    std::optional<Commune> commune;
    QList<WorkingGroup> groups;
    QList<GroupMember> members;
    QList<VillageResponsibility> responsibilities;
    QList<Village> villages;
    QDate today;

    const WorkingGroup* group(const QString& id) const;
    const GroupMember* member(const QString& id) const;
    const Village* village(const QString& id) const;
};

/// The rules of working groups, pure (tested without a database), each finding naming its field:
/// - a group has a name, a start within the commune's life, an end not before its start, a name unique among the
///   commune's groups of the same time, and holds its members and villages within its period;
/// - a member has a name, a period within the group's, is not twice in the group at once; a group has one leader
///   at a time; their villages stay within their period;
/// - a village is answered for by one group at a time and by one member at a time, within the village's life, the
///   group's period and the member's.
class WorkingGroupRules final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::WorkingGroupRules)

public:
    static Issues checkGroup(const WorkingGroup& g, const GroupContext& c);
    static Issues checkMember(const GroupMember& m, const GroupContext& c, bool officialExists);
    static Issues checkResponsibility(const VillageResponsibility& r, const GroupContext& c);

    /// The member's last day: their own end, else the group's.
    static QDate effectiveEnd(const GroupMember& m, const GroupContext& c);
    /// "01/03/2016 – 30/09/2020" or "from 01/03/2016".
    static QString periodText(const QDate& from, const QDate& to);

private:
    static void checkHeldWithin(const WorkingGroup& g, const GroupContext& c, Issues& out);
    static void checkResponsibilityPeriod(const VillageResponsibility& r, const GroupContext& c, Issues& out);
    static void checkResponsibilityOverlaps(const VillageResponsibility& r, const GroupContext& c, Issues& out);
};

} // namespace ntm::core
