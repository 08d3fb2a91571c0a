// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/followup/FollowUpData.h"

#include "util/ById.h"

namespace ntm::core {

const WorkingGroup* FollowUpData::group(const QString& id) const
{
    return byId(groups, id);
}

const GroupMember* FollowUpData::member(const QString& id) const
{
    return byId(members, id);
}

const Village* FollowUpData::village(const QString& id) const
{
    const Village* v = byId(villages, id);
    return v ? v : byId(linkedVillages, id);
}

QString FollowUpData::villageName(const QString& id) const
{
    const Village* v = village(id);
    return v ? v->name : QString();
}

const CriterionRef* FollowUpData::criterion(const QString& id) const
{
    const auto it = criteria.constFind(id);
    return it == criteria.constEnd() ? nullptr : &*it;
}

} // namespace ntm::core
