// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/WorkingGroupService.h"

#include "access/AccessGuard.h"
#include "service/AuditedWrite.h"
#include "service/IssueStatus.h"
#include "store/OfficialStore.h"
#include "store/ReviewStore.h"
#include "store/UnitStore.h"
#include "store/WorkingGroupStore.h"
#include "util/Ids.h"

namespace ntm::core {

namespace {
const QString kGroup = QStringLiteral("working_group");
const QString kMember = QStringLiteral("working_group_member");

Error gone(const QString& message)
{
    return Error{QString(), message, ErrorKind::Conflict};
}
} // namespace

Result<GroupContext> WorkingGroupService::context(const QString& communeId)
{
    GroupContext c;
    c.today = QDate::currentDate();
    const auto commune = UnitStore(m_db).commune(communeId);
    if (!commune) {
        return commune.error();
    }
    c.commune = commune.value();
    WorkingGroupStore store(m_db);
    const auto groups = store.groups(communeId);
    const auto members = store.members(communeId);
    const auto responsibilities = store.responsibilities(communeId);
    const auto villages = ReviewStore(m_db).villages(communeId);
    if (!groups || !members || !responsibilities || !villages) {
        return !groups             ? groups.error()
               : !members          ? members.error()
               : !responsibilities ? responsibilities.error()
                                   : villages.error();
    }
    c.groups = groups.value();
    c.members = members.value();
    c.responsibilities = responsibilities.value();
    c.villages = villages.value();
    return c;
}

Status WorkingGroupService::require(const QString& communeId)
{
    return AccessGuard(m_db).require(RecordKind::WorkingGroup, RecordPlace{QString(), communeId});
}

Result<Issues> WorkingGroupService::checkGroup(const WorkingGroup& g)
{
    const auto c = context(g.communeId);
    if (!c) {
        return c.error();
    }
    return WorkingGroupRules::checkGroup(g, c.value());
}

Result<QString> WorkingGroupService::addGroup(WorkingGroup g)
{
    if (Status s = require(g.communeId); !s) {
        return s.error();
    }
    if (Status s = firstErrorOf(checkGroup(g)); !s) {
        return s.error();
    }
    if (g.id.isEmpty()) {
        g.id = ids::newId();
    }
    WorkingGroupStore store(m_db);
    if (Status s = insertAudited(m_db, kGroup, g.id, [&] { return store.insertGroup(g); }); !s) {
        return s.error();
    }
    return g.id;
}

Status WorkingGroupService::updateGroup(const WorkingGroup& g)
{
    if (Status s = require(g.communeId); !s) {
        return s;
    }
    if (Status s = firstErrorOf(checkGroup(g)); !s) {
        return s;
    }
    WorkingGroupStore store(m_db);
    return updateAudited(m_db, kGroup, g.id, [&] { return store.updateGroup(g); });
}

Status WorkingGroupService::removeGroup(const QString& id)
{
    WorkingGroupStore store(m_db);
    const auto g = store.group(id);
    if (!g) {
        return g.error();
    }
    if (!g.value()) {
        return gone(tr("This working group no longer exists; someone deleted it meanwhile."));
    }
    if (Status s = require(g.value()->communeId); !s) {
        return s;
    }
    const auto c = context(g.value()->communeId);
    if (!c) {
        return c.error();
    }
    for (const GroupMember& m : c.value().members) {
        if (m.groupId == id) {
            return Error{QString(), tr("%1 still has members (%2…); delete them first, or give the group an end date "
                                       "instead.")
                                        .arg(g.value()->name, m.fullName)};
        }
    }
    for (const VillageResponsibility& r : c.value().responsibilities) {
        if (r.groupId == id) {
            return Error{QString(), tr("%1 still answers for villages; delete those first, or give the group an end "
                                       "date instead.")
                                        .arg(g.value()->name)};
        }
    }
    return removeAudited(m_db, kGroup, id, [&] { return store.removeGroup(id); });
}

Result<Issues> WorkingGroupService::checkMember(const GroupMember& m)
{
    const auto c = context(m.communeId);
    if (!c) {
        return c.error();
    }
    bool officialExists = true;
    if (!m.officialId.isEmpty()) {
        const auto official = OfficialStore(m_db).get(m.officialId);
        if (!official) {
            return official.error();
        }
        officialExists = official.value().has_value();
    }
    return WorkingGroupRules::checkMember(m, c.value(), officialExists);
}

Result<QString> WorkingGroupService::addMember(GroupMember m)
{
    if (Status s = require(m.communeId); !s) {
        return s.error();
    }
    if (Status s = firstErrorOf(checkMember(m)); !s) {
        return s.error();
    }
    if (m.id.isEmpty()) {
        m.id = ids::newId();
    }
    WorkingGroupStore store(m_db);
    if (Status s = insertAudited(m_db, kMember, m.id, [&] { return store.insertMember(m); }); !s) {
        return s.error();
    }
    return m.id;
}

Status WorkingGroupService::updateMember(const GroupMember& m)
{
    if (Status s = require(m.communeId); !s) {
        return s;
    }
    if (Status s = firstErrorOf(checkMember(m)); !s) {
        return s;
    }
    WorkingGroupStore store(m_db);
    return updateAudited(m_db, kMember, m.id, [&] { return store.updateMember(m); });
}

Status WorkingGroupService::removeMember(const QString& id)
{
    WorkingGroupStore store(m_db);
    const auto m = store.member(id);
    if (!m) {
        return m.error();
    }
    if (!m.value()) {
        return gone(tr("This member no longer exists; someone deleted it meanwhile."));
    }
    if (Status s = require(m.value()->communeId); !s) {
        return s;
    }
    const auto uses = store.usesOfMember(id);
    if (!uses) {
        return uses.error();
    }
    if (uses.value() > 0) {
        return Error{QString(), tr("%1 answers for villages or actions (%2); delete or move those first, or give the "
                                   "membership an end date instead.")
                                    .arg(m.value()->fullName)
                                    .arg(uses.value())};
    }
    return removeAudited(m_db, kMember, id, [&] { return store.removeMember(id); });
}

Result<Issues> WorkingGroupService::checkResponsibility(const VillageResponsibility& r)
{
    const auto c = context(r.communeId);
    if (!c) {
        return c.error();
    }
    return WorkingGroupRules::checkResponsibility(r, c.value());
}

Result<QString> WorkingGroupService::addResponsibility(VillageResponsibility r)
{
    if (Status s = require(r.communeId); !s) {
        return s.error();
    }
    if (Status s = firstErrorOf(checkResponsibility(r)); !s) {
        return s.error();
    }
    if (r.id.isEmpty()) {
        r.id = ids::newId();
    }
    WorkingGroupStore store(m_db);
    if (Status s = insertAudited(m_db, kResponsibilityTable, r.id, [&] { return store.insertResponsibility(r); }); !s) {
        return s.error();
    }
    return r.id;
}

Status WorkingGroupService::updateResponsibility(const VillageResponsibility& r)
{
    if (Status s = require(r.communeId); !s) {
        return s;
    }
    if (Status s = firstErrorOf(checkResponsibility(r)); !s) {
        return s;
    }
    WorkingGroupStore store(m_db);
    return updateAudited(m_db, kResponsibilityTable, r.id, [&] { return store.updateResponsibility(r); });
}

Status WorkingGroupService::removeResponsibility(const QString& id)
{
    WorkingGroupStore store(m_db);
    const auto r = store.responsibility(id);
    if (!r) {
        return r.error();
    }
    if (!r.value()) {
        return gone(tr("This village responsibility no longer exists; someone deleted it meanwhile."));
    }
    if (Status s = require(r.value()->communeId); !s) {
        return s;
    }
    return removeAudited(m_db, kResponsibilityTable, id, [&] { return store.removeResponsibility(id); });
}

} // namespace ntm::core
