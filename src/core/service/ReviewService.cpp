// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ReviewService.h"

#include "access/AccessGuard.h"
#include "service/AuditedWrite.h"
#include "store/ActionStore.h"
#include "store/ReviewStore.h"
#include "store/UnitStore.h"
#include "store/VillageProgressStore.h"
#include "util/Dates.h"
#include "util/Ids.h"
#include "util/TextFold.h"

namespace ntm::core {

namespace {
Status firstError(const Result<Issues>& issues)
{
    if (!issues) {
        return issues.error();
    }
    for (const Issue& i : issues.value()) {
        if (i.isError()) {
            return Error{i.field, i.message};
        }
    }
    return {};
}
} // namespace

Result<Issues> ReviewService::checkMeeting(const ReviewMeeting& m)
{
    Issues out;
    if (!m.heldOn.isValid()) {
        out.append(errorIssue(QStringLiteral("held_on"), tr("Enter the date of the meeting.")));
        return out;
    }
    if (m.heldOn > QDate::currentDate()) {
        out.append(errorIssue(QStringLiteral("held_on"), tr("The date %1 is in the future; record a meeting once it "
                                                            "is held.")
                                                             .arg(dates::toDisplay(m.heldOn))));
    }
    const auto commune = UnitStore(m_db).commune(m.communeId);
    if (!commune) {
        return commune.error();
    }
    if (!commune.value()) {
        out.append(errorIssue(QStringLiteral("commune"), tr("This commune is not in the database.")));
    } else if (!commune.value()->existsOn(m.heldOn)) {
        out.append(errorIssue(QStringLiteral("held_on"),
                              tr("The commune did not exist on %1.").arg(dates::toDisplay(m.heldOn))));
    }
    if (m.decisions.trimmed().isEmpty() && m.criterionIds.isEmpty()) {
        out.append(warningIssue(QStringLiteral("decisions"), tr("Nothing is recorded about the meeting: no criteria "
                                                                "discussed and no decisions.")));
    }
    return out;
}

Result<QString> ReviewService::addMeeting(ReviewMeeting m)
{
    if (Status s = AccessGuard(m_db).require(RecordKind::ReviewMeeting, RecordPlace{QString(), m.communeId}); !s) {
        return s.error();
    }
    if (Status s = firstError(checkMeeting(m)); !s) {
        return s.error();
    }
    if (m.id.isEmpty()) {
        m.id = ids::newId();
    }
    ReviewStore store(m_db);
    if (Status s = insertAudited(m_db, QStringLiteral("review_meeting"), m.id, [&] { return store.insertMeeting(m); });
        !s) {
        return s.error();
    }
    return m.id;
}

Status ReviewService::updateMeeting(const ReviewMeeting& m)
{
    if (Status s = AccessGuard(m_db).require(RecordKind::ReviewMeeting, RecordPlace{QString(), m.communeId}); !s) {
        return s;
    }
    if (Status s = firstError(checkMeeting(m)); !s) {
        return s;
    }
    ReviewStore store(m_db);
    return updateAudited(m_db, QStringLiteral("review_meeting"), m.id, [&] { return store.updateMeeting(m); });
}

Status ReviewService::removeMeeting(const QString& id)
{
    const auto actions = ActionStore(m_db).actionsOfMeeting(id);
    if (!actions) {
        return actions.error();
    }
    if (actions.value() > 0) {
        return Error{QString(), tr("The meeting decided %n action(s); delete them first.", "", actions.value())};
    }
    ReviewStore store(m_db);
    return removeAudited(m_db, QStringLiteral("review_meeting"), id, [&] { return store.removeMeeting(id); });
}

Result<Issues> ReviewService::checkVillage(const Village& v)
{
    Issues out;
    if (v.name.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("name"), tr("Enter the village's name.")));
        return out;
    }
    const auto others = ReviewStore(m_db).villages(v.communeId);
    if (!others) {
        return others.error();
    }
    // Two villages of one name at the same time would be indistinguishable; a name may come back after one ended.
    const auto overlap = [](const Village& a, const Village& b) {
        const bool aBefore = a.validTo.isValid() && b.validFrom.isValid() && a.validTo < b.validFrom;
        const bool bBefore = b.validTo.isValid() && a.validFrom.isValid() && b.validTo < a.validFrom;
        return !aBefore && !bBefore;
    };
    for (const Village& o : others.value()) {
        if (o.id != v.id && text::fold(o.name) == text::fold(v.name) && overlap(o, v)) {
            out.append(
                errorIssue(QStringLiteral("name"), tr("The commune already has a village named %1.").arg(o.name)));
        }
    }
    return out;
}

Result<QString> ReviewService::addVillage(Village v)
{
    if (Status s = AccessGuard(m_db).require(RecordKind::Village, RecordPlace{QString(), v.communeId}); !s) {
        return s.error();
    }
    if (Status s = firstError(checkVillage(v)); !s) {
        return s.error();
    }
    if (v.id.isEmpty()) {
        v.id = ids::newId();
    }
    ReviewStore store(m_db);
    if (Status s = insertAudited(m_db, QStringLiteral("village"), v.id, [&] { return store.insertVillage(v); }); !s) {
        return s.error();
    }
    return v.id;
}

Status ReviewService::updateVillage(const Village& v)
{
    if (Status s = AccessGuard(m_db).require(RecordKind::Village, RecordPlace{QString(), v.communeId}); !s) {
        return s;
    }
    if (Status s = firstError(checkVillage(v)); !s) {
        return s;
    }
    ReviewStore store(m_db);
    return updateAudited(m_db, QStringLiteral("village"), v.id, [&] { return store.updateVillage(v); });
}

Status ReviewService::removeVillage(const QString& id)
{
    const auto uses = VillageProgressStore(m_db).usesOfVillage(id);
    if (!uses) {
        return uses.error();
    }
    if (uses.value() > 0) {
        return Error{QString(), tr("The village has responsibilities, actions, model-area recognitions, garden counts "
                                   "or lineage recorded (%1); delete those first, or give the village an end date.")
                                    .arg(uses.value())};
    }
    ReviewStore store(m_db);
    return removeAudited(m_db, QStringLiteral("village"), id, [&] { return store.removeVillage(id); });
}

} // namespace ntm::core
