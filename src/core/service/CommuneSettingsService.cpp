// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CommuneSettingsService.h"

#include "access/AccessGuard.h"
#include "service/AuditedWrite.h"
#include "service/ProgressService.h"
#include "service/recognition/RecognitionLedger.h"
#include "store/CriteriaStore.h"
#include "store/RecognitionStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/Ids.h"

namespace ntm::core {

Status CommuneSettingsService::allowed(const QString& communeId)
{
    return AccessGuard(m_db).require(RecordKind::CommuneSettings, RecordPlace{QString(), communeId});
}

Status CommuneSettingsService::checkDate(const QString& communeId, const QDate& date, const QString& field)
{
    if (!date.isValid()) {
        return Error{field, tr("Enter the date.")};
    }
    const auto commune = UnitStore(m_db).commune(communeId);
    if (!commune) {
        return commune.error();
    }
    if (!commune.value()) {
        return Error{QStringLiteral("commune"), tr("This commune is not in the database.")};
    }
    if (!commune.value()->existsOn(date)) {
        return Error{field, tr("The commune did not exist on %1.").arg(dates::toDisplay(date))};
    }
    return {};
}

Status CommuneSettingsService::setTargetYear(const QString& communeId, int year, int expectedVersion)
{
    if (Status s = allowed(communeId); !s) {
        return s;
    }
    if (year != 0 && (year < 2009 || year > 2050)) {
        return Error{QStringLiteral("target_year"), tr("The target year %1 is outside 2009–2050.").arg(year)};
    }
    UnitStore store(m_db);
    return updateAudited(m_db, QStringLiteral("commune"), communeId,
                         [&] { return store.setTargetYear(communeId, year, expectedVersion); });
}

Result<QString> CommuneSettingsService::assignSet(const QString& communeId, const QString& setId, const QDate& from,
                                                  const QString& id)
{
    if (Status s = allowed(communeId); !s) {
        return s.error();
    }
    if (Status s = checkDate(communeId, from, QStringLiteral("valid_from")); !s) {
        return s.error();
    }
    if (setId.isEmpty()) {
        return Error{QStringLiteral("set"), tr("Choose the criteria set.")};
    }
    const SetAssignment a{id.isEmpty() ? ids::newId() : id, setId, QString(), communeId, from, QString(), false};
    CriteriaStore store(m_db);
    if (Status s =
            insertAudited(m_db, QStringLiteral("set_assignment"), a.id, [&] { return store.insertAssignment(a); });
        !s) {
        return s.error();
    }
    return a.id;
}

Status CommuneSettingsService::removeAssignment(const QString& id)
{
    CriteriaStore store(m_db);
    return removeAudited(m_db, QStringLiteral("set_assignment"), id, [&] { return store.removeAssignment(id); });
}

Result<QString> CommuneSettingsService::setGroup(const QString& communeId, int group, const QDate& from,
                                                 const QString& id)
{
    if (Status s = allowed(communeId); !s) {
        return s.error();
    }
    if (group < 1 || group > 3) {
        return Error{QStringLiteral("group"), tr("A commune group is 1, 2 or 3.")};
    }
    if (Status s = checkDate(communeId, from, QStringLiteral("valid_from")); !s) {
        return s.error();
    }
    const CommuneGroupAssignment g{id.isEmpty() ? ids::newId() : id, communeId, group, from, false, QString()};
    CriteriaStore store(m_db);
    if (Status s =
            insertAudited(m_db, QStringLiteral("commune_group"), g.id, [&] { return store.insertCommuneGroup(g); });
        !s) {
        return s.error();
    }
    return g.id;
}

Status CommuneSettingsService::removeGroup(const QString& id)
{
    CriteriaStore store(m_db);
    return removeAudited(m_db, QStringLiteral("commune_group"), id, [&] { return store.removeCommuneGroup(id); });
}

Result<Issues> CommuneSettingsService::checkRecognition(const Recognition& r)
{
    Issues out;
    if (Status s = checkDate(r.communeId, r.decidedOn, QStringLiteral("decided_on")); !s) {
        out.append(errorIssue(s.error().field, s.error().message));
        return out;
    }
    if (r.decidedOn > QDate::currentDate()) {
        out.append(errorIssue(QStringLiteral("decided_on"),
                              tr("The date %1 is in the future.").arg(dates::toDisplay(r.decidedOn))));
    }
    auto progress = ProgressService::create(m_db);
    if (!progress) {
        return progress.error();
    }
    const auto p = progress.value().communeProgress(r.communeId, r.decidedOn);
    if (p && p.value().total > 0 && p.value().met < p.value().total) {
        out.append(
            warningIssue(QStringLiteral("decided_on"), tr("On %1 the commune met %2 of the %3 criteria recorded here.")
                                                           .arg(dates::toDisplay(r.decidedOn))
                                                           .arg(p.value().met)
                                                           .arg(p.value().total)));
    }
    if (r.tier != RecognitionTier::Ntm) {
        const auto ledger = RecognitionLedger::load(m_db);
        if (!ledger) {
            return ledger.error();
        }
        if (!ledger.value().holds(r.communeId, RecognitionTier::Ntm, r.decidedOn)) {
            out.append(warningIssue(
                QStringLiteral("tier"),
                tr("The commune has no active NTM recognition on %1.").arg(dates::toDisplay(r.decidedOn))));
        }
    }
    return out;
}

Result<QString> CommuneSettingsService::addRecognition(Recognition r)
{
    if (Status s = allowed(r.communeId); !s) {
        return s.error();
    }
    const auto issues = checkRecognition(r);
    if (!issues) {
        return issues.error();
    }
    for (const Issue& i : issues.value()) {
        if (i.isError()) {
            return Error{i.field, i.message};
        }
    }
    if (r.id.isEmpty()) {
        r.id = ids::newId();
    }
    RecognitionStore store(m_db);
    if (Status s = insertAudited(m_db, QStringLiteral("recognition"), r.id, [&] { return store.insert(r); }); !s) {
        return s.error();
    }
    return r.id;
}

Status CommuneSettingsService::removeRecognition(const QString& id)
{
    RecognitionStore store(m_db);
    return removeAudited(m_db, QStringLiteral("recognition"), id, [&] { return store.remove(id); });
}

} // namespace ntm::core
