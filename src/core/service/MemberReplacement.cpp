// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/MemberReplacement.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "service/AuditedWrite.h"
#include "service/WorkingGroupService.h"
#include "store/WorkingGroupStore.h"
#include "util/Dates.h"
#include "util/Ids.h"

namespace ntm::core {

namespace {
const QString kMember = QStringLiteral("working_group_member");

Error changedMeanwhile()
{
    return Error{QString(),
                 MemberReplacementService::tr("The member or their villages were changed by someone else meanwhile; "
                                              "reload and make your change again."),
                 ErrorKind::Conflict};
}

template <typename T> void replaceById(QList<T>& list, const T& row)
{
    for (T& x : list) {
        if (x.id == row.id) {
            x = row;
            return;
        }
    }
    list.append(row);
}
} // namespace

bool MemberReplacementService::sameMember(const GroupMember& a, const GroupMember& b)
{
    return a.id == b.id && a.groupId == b.groupId && a.communeId == b.communeId && a.officialId == b.officialId &&
           a.fullName.simplified() == b.fullName.simplified() && a.role == b.role && a.position == b.position &&
           a.validFrom == b.validFrom && a.validTo == b.validTo && a.note == b.note;
}

bool MemberReplacementService::sameResponsibility(const VillageResponsibility& a, const VillageResponsibility& b)
{
    return a.id == b.id && a.villageId == b.villageId && a.groupId == b.groupId && a.memberId == b.memberId &&
           a.validFrom == b.validFrom && a.validTo == b.validTo && a.note == b.note;
}

Result<MemberReplacement> MemberReplacementService::plan(const QString& memberId, const QDate& on,
                                                         const GroupMember& successor)
{
    const auto member = WorkingGroupStore(m_db).member(memberId);
    if (!member) {
        return member.error();
    }
    if (!member.value()) {
        return Error{QString(), tr("This member no longer exists; someone deleted it meanwhile."), ErrorKind::Conflict};
    }
    const GroupMember& old = *member.value();
    if (!on.isValid() || on <= old.validFrom || (old.validTo.isValid() && on > old.validTo)) {
        return Error{QStringLiteral("valid_from"),
                     tr("%1 is a member %2; the successor takes over on a day after the first and not after the "
                        "last.")
                         .arg(old.fullName, WorkingGroupRules::periodText(old.validFrom, old.validTo))};
    }
    MemberReplacement r;
    r.on = on;
    r.before = old;
    r.ended = old;
    r.ended.validTo = on.addDays(-1);
    r.successor = successor;
    r.successor.id = successor.id.isEmpty() ? ids::newId() : successor.id;
    r.successor.groupId = old.groupId;
    r.successor.communeId = old.communeId;
    r.successor.role = old.role;
    r.successor.validFrom = on;
    r.successor.validTo = old.validTo;
    auto c = WorkingGroupService(m_db).context(old.communeId);
    if (!c) {
        return c.error();
    }
    for (const VillageResponsibility& v : c.value().responsibilities) {
        if (v.memberId != old.id || (v.validTo.isValid() && v.validTo < on)) {
            continue;
        }
        r.changedBefore.append(v);
        VillageResponsibility after = v;
        if (v.validFrom >= on) {
            after.memberId = r.successor.id;
        } else {
            after.validTo = on.addDays(-1);
            VillageResponsibility share = v;
            share.id = ids::stableId(QStringLiteral("replacement:%1:%2").arg(r.successor.id, v.id));
            share.memberId = r.successor.id;
            share.validFrom = on;
            r.added.append(share);
        }
        r.changedAfter.append(after);
    }
    if (Status s = validate(r, c.value()); !s) {
        return s.error();
    }
    return r;
}

Status MemberReplacementService::validate(const MemberReplacement& r, GroupContext c)
{
    replaceById(c.members, r.ended);
    for (const VillageResponsibility& v : r.changedAfter) {
        replaceById(c.responsibilities, v);
    }
    for (const Issue& i : WorkingGroupRules::checkMember(r.successor, c, true)) {
        if (i.isError()) {
            return Error{i.field == QLatin1String("valid_to") ? QStringLiteral("valid_from") : i.field, i.message};
        }
    }
    c.members.append(r.successor);
    for (const VillageResponsibility& v : r.added) {
        for (const Issue& i : WorkingGroupRules::checkResponsibility(v, c)) {
            if (i.isError()) {
                return Error{QStringLiteral("valid_from"), i.message};
            }
        }
        c.responsibilities.append(v);
    }
    return {};
}

Status MemberReplacementService::apply(const MemberReplacement& r)
{
    if (Status s = AccessGuard(m_db).require(RecordKind::WorkingGroup, RecordPlace{QString(), r.before.communeId});
        !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    WorkingGroupStore store(m_db);
    const auto current = store.member(r.before.id);
    if (!current) {
        return current.error();
    }
    if (!current.value() || !sameMember(*current.value(), r.before)) {
        return changedMeanwhile();
    }
    const auto c = WorkingGroupService(m_db).context(r.before.communeId);
    if (!c) {
        return c.error();
    }
    if (Status s = validate(r, c.value()); !s) {
        return s;
    }
    GroupMember ended = r.ended;
    ended.rowVersion = current.value()->rowVersion;
    if (Status s = updateAudited(m_db, kMember, ended.id, [&] { return store.updateMember(ended); }); !s) {
        return s;
    }
    if (Status s = insertAudited(m_db, kMember, r.successor.id, [&] { return store.insertMember(r.successor); }); !s) {
        return s;
    }
    for (int i = 0; i < r.changedBefore.size(); ++i) {
        const auto row = store.responsibility(r.changedBefore.at(i).id);
        if (!row) {
            return row.error();
        }
        if (!row.value() || !sameResponsibility(*row.value(), r.changedBefore.at(i))) {
            return changedMeanwhile();
        }
        VillageResponsibility after = r.changedAfter.at(i);
        after.rowVersion = row.value()->rowVersion;
        if (Status s =
                updateAudited(m_db, kResponsibilityTable, after.id, [&] { return store.updateResponsibility(after); });
            !s) {
            return s;
        }
    }
    for (const VillageResponsibility& v : r.added) {
        if (Status s = insertAudited(m_db, kResponsibilityTable, v.id, [&] { return store.insertResponsibility(v); });
            !s) {
            return s;
        }
    }
    return tx.commit();
}

Status MemberReplacementService::revert(const MemberReplacement& r)
{
    if (Status s = AccessGuard(m_db).require(RecordKind::WorkingGroup, RecordPlace{QString(), r.before.communeId});
        !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    WorkingGroupStore store(m_db);
    for (const VillageResponsibility& v : r.added) {
        if (Status s =
                removeAudited(m_db, kResponsibilityTable, v.id, [&] { return store.removeResponsibility(v.id); });
            !s) {
            return s;
        }
    }
    for (int i = 0; i < r.changedAfter.size(); ++i) {
        const auto row = store.responsibility(r.changedAfter.at(i).id);
        if (!row) {
            return row.error();
        }
        if (!row.value() || !sameResponsibility(*row.value(), r.changedAfter.at(i))) {
            return changedMeanwhile();
        }
        VillageResponsibility before = r.changedBefore.at(i);
        before.rowVersion = row.value()->rowVersion;
        if (Status s = updateAudited(m_db, kResponsibilityTable, before.id,
                                     [&] { return store.updateResponsibility(before); });
            !s) {
            return s;
        }
    }
    const auto uses = store.usesOfMember(r.successor.id);
    if (!uses) {
        return uses.error();
    }
    if (uses.value() > 0) {
        return Error{QString(), tr("%1 has been given villages or actions since the replacement; move or delete them "
                                   "before undoing it.")
                                    .arg(r.successor.fullName)};
    }
    if (Status s = removeAudited(m_db, kMember, r.successor.id, [&] { return store.removeMember(r.successor.id); });
        !s) {
        return s;
    }
    const auto current = store.member(r.before.id);
    if (!current) {
        return current.error();
    }
    if (!current.value() || !sameMember(*current.value(), r.ended)) {
        return changedMeanwhile();
    }
    GroupMember before = r.before;
    before.rowVersion = current.value()->rowVersion;
    if (Status s = updateAudited(m_db, kMember, before.id, [&] { return store.updateMember(before); }); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace ntm::core
