// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/VillageChange.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "service/AuditedWrite.h"
#include "store/ReviewStore.h"
#include "store/VillageProgressStore.h"
#include "store/WorkingGroupStore.h"
#include "util/Dates.h"
#include "util/Ids.h"
#include "util/TextFold.h"

namespace ntm::core {

namespace {
const QString kVillage = QStringLiteral("village");
const QString kLink = QStringLiteral("village_lineage");

bool sameVillage(const Village& a, const Village& b)
{
    return a.id == b.id && a.communeId == b.communeId && a.name == b.name && a.validFrom == b.validFrom &&
           a.validTo == b.validTo && a.responsibleName == b.responsibleName && a.responsibleRole == b.responsibleRole &&
           a.note == b.note;
}

bool sameResponsibility(const VillageResponsibility& a, const VillageResponsibility& b)
{
    return a.id == b.id && a.villageId == b.villageId && a.memberId == b.memberId && a.groupId == b.groupId &&
           a.validFrom == b.validFrom && a.validTo == b.validTo;
}

Error changedMeanwhile()
{
    return Error{QString(),
                 VillageChangeService::tr("The villages or their responsibilities were changed by someone else "
                                          "meanwhile; reload and make your change again."),
                 ErrorKind::Conflict};
}
} // namespace

Result<VillageChange> VillageChangeService::plan(const QString& communeId, const QStringList& villageIds,
                                                 const QString& newName, const QDate& on, const QString& kind,
                                                 const QString& act, const QString& note)
{
    const bool rename = kind == QLatin1String("rename");
    if (rename ? villageIds.size() != 1 : villageIds.size() < 2) {
        return Error{QStringLiteral("villages"), rename ? tr("Choose the one village that is renamed.")
                                                        : tr("Choose two villages or more to merge.")};
    }
    if (newName.trimmed().isEmpty()) {
        return Error{QStringLiteral("name"), tr("Enter the new village's name.")};
    }
    if (!on.isValid() || on > QDate::currentDate()) {
        return Error{QStringLiteral("on"), tr("Enter the date of the change (not in the future).")};
    }
    const auto villages = ReviewStore(m_db).villages(communeId);
    const auto responsibilities = WorkingGroupStore(m_db).responsibilities(communeId);
    if (!villages || !responsibilities) {
        return !villages ? villages.error() : responsibilities.error();
    }
    VillageChange c;
    c.on = on;
    c.kind = rename ? QStringLiteral("rename") : QStringLiteral("merge");
    c.created.id = ids::newId();
    c.created.communeId = communeId;
    c.created.name = newName.simplified();
    c.created.validFrom = on;
    c.created.note = note;
    for (const Village& v : villages.value()) {
        if (villageIds.contains(v.id)) {
            if (!coversDate(v.validFrom, v.validTo, on) || (v.validFrom.isValid() && v.validFrom >= on)) {
                return Error{QStringLiteral("villages"),
                             tr("%1 did not exist both before and on %2.").arg(v.name, dates::toDisplay(on))};
            }
            if (rename && text::fold(v.name) == text::fold(c.created.name)) {
                return Error{QStringLiteral("name"), tr("Enter a name other than the village's own.")};
            }
            c.before.append(v);
            Village ended = v;
            ended.validTo = on.addDays(-1);
            c.ended.append(ended);
            c.links.append({ids::newId(), communeId, v.id, c.created.id, on, c.kind, act, true, note, 1});
        } else if (coversDate(v.validFrom, v.validTo, on) && text::fold(v.name) == text::fold(c.created.name)) {
            return Error{QStringLiteral("name"), tr("The commune already has a village named %1.").arg(v.name)};
        }
    }
    if (c.before.size() != villageIds.size()) {
        return Error{QStringLiteral("villages"), tr("Choose villages of this commune.")};
    }
    for (const VillageResponsibility& r : responsibilities.value()) {
        if (!villageIds.contains(r.villageId) || (r.validTo.isValid() && r.validTo < on)) {
            continue;
        }
        if (r.validFrom >= on) {
            return Error{QStringLiteral("on"), tr("A member takes charge of a village on %1, on or after the change; "
                                                  "change that responsibility first.")
                                                   .arg(dates::toDisplay(r.validFrom))};
        }
        c.responsibilitiesBefore.append(r);
        VillageResponsibility ended = r;
        ended.validTo = on.addDays(-1);
        c.responsibilitiesAfter.append(ended);
    }
    return c;
}

Status VillageChangeService::apply(const VillageChange& c)
{
    if (Status s = AccessGuard(m_db).require(RecordKind::Village, RecordPlace{QString(), c.created.communeId}); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    ReviewStore villages(m_db);
    WorkingGroupStore groups(m_db);
    for (int i = 0; i < c.before.size(); ++i) {
        const auto row = villages.village(c.before.at(i).id);
        if (!row) {
            return row.error();
        }
        if (!row.value() || !sameVillage(*row.value(), c.before.at(i))) {
            return changedMeanwhile();
        }
        Village ended = c.ended.at(i);
        ended.rowVersion = row.value()->rowVersion;
        if (Status s = updateAudited(m_db, kVillage, ended.id, [&] { return villages.updateVillage(ended); }); !s) {
            return s;
        }
    }
    if (Status s = insertAudited(m_db, kVillage, c.created.id, [&] { return villages.insertVillage(c.created); }); !s) {
        return s;
    }
    VillageProgressStore lineage(m_db);
    for (const VillageLink& l : c.links) {
        if (Status s = insertAudited(m_db, kLink, l.id, [&] { return lineage.insertLink(l); }); !s) {
            return s;
        }
    }
    for (int i = 0; i < c.responsibilitiesBefore.size(); ++i) {
        const auto row = groups.responsibility(c.responsibilitiesBefore.at(i).id);
        if (!row) {
            return row.error();
        }
        if (!row.value() || !sameResponsibility(*row.value(), c.responsibilitiesBefore.at(i))) {
            return changedMeanwhile();
        }
        VillageResponsibility ended = c.responsibilitiesAfter.at(i);
        ended.rowVersion = row.value()->rowVersion;
        if (Status s =
                updateAudited(m_db, kResponsibilityTable, ended.id, [&] { return groups.updateResponsibility(ended); });
            !s) {
            return s;
        }
    }
    return tx.commit();
}

Status VillageChangeService::revert(const VillageChange& c)
{
    if (Status s = AccessGuard(m_db).require(RecordKind::Village, RecordPlace{QString(), c.created.communeId}); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    ReviewStore villages(m_db);
    WorkingGroupStore groups(m_db);
    VillageProgressStore lineage(m_db);
    for (int i = 0; i < c.responsibilitiesAfter.size(); ++i) {
        const auto row = groups.responsibility(c.responsibilitiesAfter.at(i).id);
        if (!row) {
            return row.error();
        }
        if (!row.value() || !sameResponsibility(*row.value(), c.responsibilitiesAfter.at(i))) {
            return changedMeanwhile();
        }
        VillageResponsibility before = c.responsibilitiesBefore.at(i);
        before.rowVersion = row.value()->rowVersion;
        if (Status s = updateAudited(m_db, kResponsibilityTable, before.id,
                                     [&] { return groups.updateResponsibility(before); });
            !s) {
            return s;
        }
    }
    for (const VillageLink& l : c.links) {
        if (Status s = removeAudited(m_db, kLink, l.id, [&] { return lineage.removeLink(l.id); }); !s) {
            return s;
        }
    }
    const auto uses = lineage.usesOfVillage(c.created.id);
    if (!uses) {
        return uses.error();
    }
    if (uses.value() > 0) {
        return Error{QString(), tr("%1 has records of its own since the change (responsibilities, actions, model "
                                   "gardens…); delete them before undoing it.")
                                    .arg(c.created.name)};
    }
    if (Status s = removeAudited(m_db, kVillage, c.created.id, [&] { return villages.removeVillage(c.created.id); });
        !s) {
        return s;
    }
    for (int i = 0; i < c.ended.size(); ++i) {
        const auto row = villages.village(c.ended.at(i).id);
        if (!row) {
            return row.error();
        }
        if (!row.value() || !sameVillage(*row.value(), c.ended.at(i))) {
            return changedMeanwhile();
        }
        Village before = c.before.at(i);
        before.rowVersion = row.value()->rowVersion;
        if (Status s = updateAudited(m_db, kVillage, before.id, [&] { return villages.updateVillage(before); }); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace ntm::core
