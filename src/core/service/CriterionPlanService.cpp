// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CriterionPlanService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "service/AuditedWrite.h"
#include "service/IssueStatus.h"
#include "store/ActionStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/Ids.h"

namespace ntm::core {

namespace {
const QString kTable = QStringLiteral("criterion_plan");

Status require(Database& db, const QString& communeId)
{
    return AccessGuard(db).require(RecordKind::CriterionPlan, RecordPlace{QString(), communeId});
}
} // namespace

Result<Issues> CriterionPlanService::checkPlan(const CriterionPlan& p)
{
    Issues out;
    const auto commune = UnitStore(m_db).commune(p.communeId);
    if (!commune) {
        return commune.error();
    }
    if (!commune.value()) {
        out.append(errorIssue(QStringLiteral("commune"), tr("This commune is not in the database.")));
        return out;
    }
    const auto found =
        sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM criterion WHERE id = ?"), {p.criterionId});
    if (!found) {
        return found.error();
    }
    if (found.value().toInt() == 0) {
        out.append(errorIssue(QStringLiteral("criterion"), tr("Choose a criterion.")));
    }
    if (!p.targetDate.isValid()) {
        out.append(
            errorIssue(QStringLiteral("target_date"), tr("Enter the date by which the criterion is to be met.")));
    } else if (commune.value()->validTo.isValid() && p.targetDate > commune.value()->validTo) {
        out.append(warningIssue(
            QStringLiteral("target_date"),
            tr("The commune ended on %1, before the target date.").arg(dates::toDisplay(commune.value()->validTo))));
    }
    const auto plans = ActionStore(m_db).plans(p.communeId);
    if (!plans) {
        return plans.error();
    }
    for (const CriterionPlan& o : plans.value()) {
        if (o.id != p.id && o.criterionId == p.criterionId) {
            out.append(errorIssue(QStringLiteral("criterion"),
                                  tr("The commune already plans to meet this criterion by %1; change that plan.")
                                      .arg(dates::toDisplay(o.targetDate))));
        }
    }
    return out;
}

Result<QString> CriterionPlanService::addPlan(CriterionPlan p)
{
    if (Status s = require(m_db, p.communeId); !s) {
        return s.error();
    }
    if (Status s = firstErrorOf(checkPlan(p)); !s) {
        return s.error();
    }
    if (p.id.isEmpty()) {
        p.id = ids::newId();
    }
    ActionStore store(m_db);
    if (Status s = insertAudited(m_db, kTable, p.id, [&] { return store.insertPlan(p); }); !s) {
        return s.error();
    }
    return p.id;
}

Status CriterionPlanService::updatePlan(const CriterionPlan& p)
{
    if (Status s = require(m_db, p.communeId); !s) {
        return s;
    }
    if (Status s = firstErrorOf(checkPlan(p)); !s) {
        return s;
    }
    ActionStore store(m_db);
    return updateAudited(m_db, kTable, p.id, [&] { return store.updatePlan(p); });
}

Status CriterionPlanService::removePlan(const QString& id)
{
    ActionStore store(m_db);
    const auto p = store.plan(id);
    if (!p) {
        return p.error();
    }
    if (!p.value()) {
        return Error{QString(), tr("This plan no longer exists; someone deleted it meanwhile."), ErrorKind::Conflict};
    }
    if (Status s = require(m_db, p.value()->communeId); !s) {
        return s;
    }
    return removeAudited(m_db, kTable, id, [&] { return store.removePlan(id); });
}

} // namespace ntm::core
