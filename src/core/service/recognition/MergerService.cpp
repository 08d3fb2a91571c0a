// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/recognition/MergerService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "service/AuditedWrite.h"
#include "service/recognition/RecognitionLedger.h"
#include "store/RecognitionStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/Ids.h"

namespace ntm::core {

Status MergerService::check(const MergerInput& m)
{
    if (!m.effectiveOn.isValid()) {
        return Error{QStringLiteral("effective_on"), tr("Enter the date the merger took effect.")};
    }
    if (m.predecessorIds.isEmpty()) {
        return Error{QStringLiteral("predecessors"), tr("Choose the communes that were merged.")};
    }
    UnitStore units(m_db);
    const auto successor = units.commune(m.successorId);
    if (!successor) {
        return successor.error();
    }
    if (!successor.value() || !successor.value()->existsOn(m.effectiveOn)) {
        return Error{QStringLiteral("successor"),
                     tr("The commune formed by the merger does not exist on %1.").arg(dates::toDisplay(m.effectiveOn))};
    }
    const QDate dayBefore = m.effectiveOn.addDays(-1);
    for (const QString& id : m.predecessorIds) {
        const auto part = units.commune(id);
        if (!part) {
            return part.error();
        }
        if (!part.value() || !part.value()->existsOn(dayBefore)) {
            return Error{QStringLiteral("predecessors"),
                         tr("A merged commune did not exist on %1, the day before the merger.")
                             .arg(dates::toDisplay(dayBefore))};
        }
        if (id != m.successorId && part.value()->validTo != dayBefore) {
            return Error{QStringLiteral("predecessors"),
                         tr("A merged commune must end on %1, the day before the merger (it ends on %2).")
                             .arg(dates::toDisplay(dayBefore), part.value()->validTo.isValid()
                                                                   ? dates::toDisplay(part.value()->validTo)
                                                                   : tr("no date"))};
        }
    }
    return {};
}

Result<MergerOutcome> MergerService::record(const MergerInput& merger)
{
    if (Status s = AccessGuard(m_db).requireKind(RecordKind::Unit); !s) {
        return s.error();
    }
    if (Status s = check(merger); !s) {
        return s.error();
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started().error();
    }
    auto outcome = write(merger, true, true);
    if (!outcome) {
        return outcome;
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return outcome;
}

Result<MergerOutcome> MergerService::apply(const MergerInput& merger)
{
    return write(merger, false, false);
}

Result<MergerOutcome> MergerService::write(const MergerInput& m, bool audited, bool withOutcome)
{
    UnitStore units(m_db);
    RecognitionStore recognitions(m_db);
    MergerOutcome outcome;
    for (qsizetype i = 0; i < m.predecessorIds.size(); ++i) {
        LineageLink link{m.linkIds.value(i, ids::newId()),
                         m.predecessorIds.at(i),
                         m.successorId,
                         m.effectiveOn,
                         m.kind,
                         m.act,
                         m.verified,
                         m.note,
                         m.reformId};
        const auto insert = [&] { return units.insertCommuneLineage(link); };
        if (Status s = audited ? insertAudited(m_db, QStringLiteral("commune_lineage"), link.id, insert) : insert();
            !s) {
            return s.error();
        }
    }
    // Every merged commune's decisions end on the merger's date (a commune absorbing others too): what the new
    // commune keeps is the reform rule's answer, computed by RecognitionLedger.
    QList<QString> parts = m.predecessorIds;
    if (!parts.contains(m.successorId) && m.kind != QLatin1String("rename")) {
        parts.append(m.successorId);
    }
    for (const QString& part : parts) {
        const auto list = recognitions.list(part);
        if (!list) {
            return list.error();
        }
        for (const Recognition& r : list.value()) {
            if (m.kind == QLatin1String("rename") || !r.activeOn(m.effectiveOn.addDays(-1)) || r.endedOn.isValid()) {
                continue;
            }
            const auto end = [&] { return recognitions.end(r.id, m.effectiveOn, QStringLiteral("merger")); };
            if (Status s = audited ? updateAudited(m_db, QStringLiteral("recognition"), r.id, end) : end(); !s) {
                return s.error();
            }
            outcome.endedRecognitions.append(r.id);
        }
    }
    if (!withOutcome) {
        return outcome;
    }
    const auto ledger = RecognitionLedger::load(m_db);
    if (!ledger) {
        return ledger.error();
    }
    for (const Holding& h : ledger.value().holdingsOn(m.successorId, m.effectiveOn)) {
        if (h.basis == HoldingBasis::KeptThroughMerger && h.from == m.effectiveOn) {
            outcome.kept.append(h);
        }
    }
    LineageLink probe;
    probe.effectiveOn = m.effectiveOn;
    probe.reformId = m.reformId;
    if (const Reform* r = ledger.value().reformOf(probe)) {
        outcome.reform = *r;
    }
    return outcome;
}

} // namespace ntm::core
