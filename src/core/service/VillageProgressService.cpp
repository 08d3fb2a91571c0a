// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/VillageProgressService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "service/AuditedWrite.h"
#include "service/IssueStatus.h"
#include "store/ReviewStore.h"
#include "store/VillageProgressStore.h"
#include "util/Dates.h"
#include "util/Ids.h"

namespace ntm::core {

namespace {
const QString kArea = QStringLiteral("village_model_area");
const QString kGarden = QStringLiteral("village_model_garden");
const QString kRule = QStringLiteral("village_criterion_rule");

Status requireVillage(Database& db, const QString& communeId)
{
    return AccessGuard(db).require(RecordKind::Village, RecordPlace{QString(), communeId});
}

Status requireRule(Database& db)
{
    return AccessGuard(db).require(RecordKind::CriteriaSet, RecordPlace{});
}

Error gone()
{
    return Error{QString(), VillageProgressService::tr("This record no longer exists; someone deleted it meanwhile."),
                 ErrorKind::Conflict};
}
} // namespace

Status VillageProgressService::checkVillageOn(const QString& villageId, const QString& communeId, const QDate& on,
                                              Issues& out)
{
    const auto village = ReviewStore(m_db).village(villageId);
    if (!village) {
        return village.error();
    }
    if (!village.value() || village.value()->communeId != communeId) {
        out.append(errorIssue(QStringLiteral("village"), tr("Choose a village of the commune.")));
    } else if (on.isValid() && !coversDate(village.value()->validFrom, village.value()->validTo, on)) {
        out.append(errorIssue(QStringLiteral("village"),
                              tr("%1 did not exist on %2.").arg(village.value()->name, dates::toDisplay(on))));
    }
    return {};
}

Result<Issues> VillageProgressService::checkModelArea(const VillageModelArea& a)
{
    Issues out;
    if (!a.decidedOn.isValid()) {
        out.append(errorIssue(QStringLiteral("decided_on"), tr("Enter the date of the recognition.")));
    } else if (a.decidedOn > QDate::currentDate()) {
        out.append(errorIssue(QStringLiteral("decided_on"), tr("The date %1 is in the future; record a recognition "
                                                               "once it is decided.")
                                                                .arg(dates::toDisplay(a.decidedOn))));
    }
    if (Status s = checkVillageOn(a.villageId, a.communeId, a.decidedOn, out); !s) {
        return s.error();
    }
    if (a.endedOn.isValid() && a.decidedOn.isValid() && a.endedOn < a.decidedOn) {
        out.append(errorIssue(QStringLiteral("ended_on"), tr("The recognition cannot end before it was decided.")));
    }
    const auto all = VillageProgressStore(m_db).modelAreas(a.communeId);
    if (!all) {
        return all.error();
    }
    for (const VillageModelArea& o : all.value()) {
        // Periods [decided, ended): touching ends do not overlap.
        const QDate oEnd = o.endedOn.isValid() ? o.endedOn.addDays(-1) : QDate();
        const QDate aEnd = a.endedOn.isValid() ? a.endedOn.addDays(-1) : QDate();
        if (o.id != a.id && o.villageId == a.villageId && periodsOverlap(o.decidedOn, oEnd, a.decidedOn, aEnd)) {
            out.append(errorIssue(QStringLiteral("decided_on"),
                                  tr("The village is already recognised as a model residential area from %1 "
                                     "(decision %2).")
                                      .arg(dates::toDisplay(o.decidedOn), o.decisionNo)));
        }
    }
    return out;
}

Result<QString> VillageProgressService::addModelArea(VillageModelArea a)
{
    if (Status s = requireVillage(m_db, a.communeId); !s) {
        return s.error();
    }
    if (Status s = firstErrorOf(checkModelArea(a)); !s) {
        return s.error();
    }
    a.id = a.id.isEmpty() ? ids::newId() : a.id;
    VillageProgressStore store(m_db);
    if (Status s = insertAudited(m_db, kArea, a.id, [&] { return store.insertModelArea(a); }); !s) {
        return s.error();
    }
    return a.id;
}

Status VillageProgressService::updateModelArea(const VillageModelArea& a)
{
    if (Status s = requireVillage(m_db, a.communeId); !s) {
        return s;
    }
    if (Status s = firstErrorOf(checkModelArea(a)); !s) {
        return s;
    }
    VillageProgressStore store(m_db);
    return updateAudited(m_db, kArea, a.id, [&] { return store.updateModelArea(a); });
}

Status VillageProgressService::removeModelArea(const QString& id)
{
    VillageProgressStore store(m_db);
    const auto a = store.modelArea(id);
    if (!a) {
        return a.error();
    }
    if (!a.value()) {
        return gone();
    }
    if (Status s = requireVillage(m_db, a.value()->communeId); !s) {
        return s;
    }
    return removeAudited(m_db, kArea, id, [&] { return store.removeModelArea(id); });
}

Result<Issues> VillageProgressService::checkGardenCount(const VillageGardenCount& g)
{
    Issues out;
    if (!g.countedOn.isValid()) {
        out.append(errorIssue(QStringLiteral("counted_on"), tr("Enter the date of the count.")));
    } else if (g.countedOn > QDate::currentDate()) {
        out.append(errorIssue(QStringLiteral("counted_on"),
                              tr("The date %1 is in the future.").arg(dates::toDisplay(g.countedOn))));
    }
    if (Status s = checkVillageOn(g.villageId, g.communeId, g.countedOn, out); !s) {
        return s.error();
    }
    if (g.gardens < 0 || g.gardens > 100000) {
        out.append(errorIssue(QStringLiteral("gardens"), tr("Enter the number of model gardens (0 or more).")));
    }
    const auto all = VillageProgressStore(m_db).gardenCounts(g.communeId);
    if (!all) {
        return all.error();
    }
    for (const VillageGardenCount& o : all.value()) {
        if (o.id != g.id && o.villageId == g.villageId && o.countedOn == g.countedOn) {
            out.append(errorIssue(QStringLiteral("counted_on"), tr("The village's model gardens were already counted "
                                                                   "on %1 (%2); change that count.")
                                                                    .arg(dates::toDisplay(o.countedOn))
                                                                    .arg(o.gardens)));
        }
    }
    return out;
}

Result<QString> VillageProgressService::addGardenCount(VillageGardenCount g)
{
    if (Status s = requireVillage(m_db, g.communeId); !s) {
        return s.error();
    }
    if (Status s = firstErrorOf(checkGardenCount(g)); !s) {
        return s.error();
    }
    g.id = g.id.isEmpty() ? ids::newId() : g.id;
    VillageProgressStore store(m_db);
    if (Status s = insertAudited(m_db, kGarden, g.id, [&] { return store.insertGardenCount(g); }); !s) {
        return s.error();
    }
    return g.id;
}

Status VillageProgressService::updateGardenCount(const VillageGardenCount& g)
{
    if (Status s = requireVillage(m_db, g.communeId); !s) {
        return s;
    }
    if (Status s = firstErrorOf(checkGardenCount(g)); !s) {
        return s;
    }
    VillageProgressStore store(m_db);
    return updateAudited(m_db, kGarden, g.id, [&] { return store.updateGardenCount(g); });
}

Status VillageProgressService::removeGardenCount(const QString& id)
{
    VillageProgressStore store(m_db);
    const auto g = store.gardenCount(id);
    if (!g) {
        return g.error();
    }
    if (!g.value()) {
        return gone();
    }
    if (Status s = requireVillage(m_db, g.value()->communeId); !s) {
        return s;
    }
    return removeAudited(m_db, kGarden, id, [&] { return store.removeGardenCount(id); });
}

Result<Issues> VillageProgressService::checkRule(const VillageCriterionRule& r)
{
    Issues out;
    const auto criterion =
        sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM criterion WHERE id = ?"), {r.criterionId});
    const auto indicator =
        sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM indicator WHERE id = ? AND criterion_id = ?"),
                    {r.indicatorId, r.criterionId});
    const auto province =
        sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM province WHERE id = ?"), {r.provinceId});
    for (const auto* q : {&criterion, &indicator, &province}) {
        if (!*q) {
            return q->error();
        }
    }
    if (province.value().toInt() == 0) {
        out.append(errorIssue(QStringLiteral("province"), tr("Choose the province whose rule this is.")));
    }
    if (criterion.value().toInt() == 0) {
        out.append(errorIssue(QStringLiteral("criterion"), tr("Choose the criterion the villages feed.")));
    } else if (!r.indicatorId.isEmpty() && indicator.value().toInt() == 0) {
        out.append(errorIssue(QStringLiteral("indicator"), tr("Choose an indicator of this criterion, or none.")));
    }
    if (r.threshold && (*r.threshold < 0 || (r.measure == VillageMeasure::ModelAreaShare && *r.threshold > 100))) {
        out.append(errorIssue(QStringLiteral("threshold"), r.measure == VillageMeasure::ModelAreaShare
                                                               ? tr("A share is between 0 and 100 %.")
                                                               : tr("Enter a number of 0 or more.")));
    }
    const auto all = VillageProgressStore(m_db).rules(r.provinceId);
    if (!all) {
        return all.error();
    }
    for (const VillageCriterionRule& o : all.value()) {
        if (o.id != r.id && o.criterionId == r.criterionId && o.measure == r.measure) {
            out.append(errorIssue(QStringLiteral("measure"), tr("The province already has a rule for this criterion "
                                                                "and measure; change that rule.")));
        }
    }
    return out;
}

Result<QString> VillageProgressService::addRule(VillageCriterionRule r)
{
    if (Status s = requireRule(m_db); !s) {
        return s.error();
    }
    if (Status s = firstErrorOf(checkRule(r)); !s) {
        return s.error();
    }
    r.id = r.id.isEmpty() ? ids::newId() : r.id;
    VillageProgressStore store(m_db);
    if (Status s = insertAudited(m_db, kRule, r.id, [&] { return store.insertRule(r); }); !s) {
        return s.error();
    }
    return r.id;
}

Status VillageProgressService::updateRule(const VillageCriterionRule& r)
{
    if (Status s = requireRule(m_db); !s) {
        return s;
    }
    if (Status s = firstErrorOf(checkRule(r)); !s) {
        return s;
    }
    VillageProgressStore store(m_db);
    return updateAudited(m_db, kRule, r.id, [&] { return store.updateRule(r); });
}

Status VillageProgressService::removeRule(const QString& id)
{
    if (Status s = requireRule(m_db); !s) {
        return s;
    }
    VillageProgressStore store(m_db);
    return removeAudited(m_db, kRule, id, [&] { return store.removeRule(id); });
}

} // namespace ntm::core
