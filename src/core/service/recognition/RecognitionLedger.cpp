// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/recognition/RecognitionLedger.h"

#include "store/RecognitionStore.h"
#include "store/ReformStore.h"
#include "store/UnitStore.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>

namespace ntm::core {

namespace {
constexpr std::array kTiers{RecognitionTier::Ntm, RecognitionTier::NangCao, RecognitionTier::KieuMau,
                            RecognitionTier::HienDai};

Holding fromDecision(const Recognition& r)
{
    Holding h;
    h.communeId = r.communeId;
    h.tier = r.tier;
    h.from = r.decidedOn;
    h.datedOn = r.decidedOn;
    h.decisionNo = r.decisionNo;
    h.recognitionId = r.id;
    h.illustrative = r.illustrative;
    if (r.endedOn.isValid()) {
        h.until = r.endedOn.addDays(-1);
        h.end = r.endReason == QLatin1String("withdrawn") ? HoldingEnd::Withdrawn
                : r.endReason == QLatin1String("merger")  ? HoldingEnd::Merger
                                                          : HoldingEnd::UnitEnded;
    }
    return h;
}

// The holding of `tier` a part held on `day` that a kept recognition is dated from: the earliest one.
const Holding* heldBy(const QList<Holding>& holdings, RecognitionTier tier, const QDate& day)
{
    const Holding* best = nullptr;
    for (const Holding& h : holdings) {
        if (h.tier == tier && h.heldOn(day) && (!best || h.from < best->from)) {
            best = &h;
        }
    }
    return best;
}
} // namespace

struct RecognitionLedger::Inputs
{
    QHash<QString, QList<const Recognition*>> own;
    QHash<QString, QMap<QDate, QList<const LineageLink*>>> mergersInto; ///< successor -> date -> links
    QHash<QString, const Commune*> communes;
    QSet<QString> mergedAway; ///< communes that are the predecessor of a link
};

bool RecognitionLedger::keeps(RecognitionRule rule, const QList<bool>& partsHeld)
{
    if (rule != RecognitionRule::KeptIfAllHeld || partsHeld.isEmpty()) {
        return false;
    }
    return std::all_of(partsHeld.cbegin(), partsHeld.cend(), [](bool held) { return held; });
}

Result<RecognitionLedger> RecognitionLedger::load(Database& db)
{
    const auto recognitions = RecognitionStore(db).list();
    if (!recognitions) {
        return recognitions.error();
    }
    UnitStore units(db);
    const auto lineage = units.allCommuneLineage();
    if (!lineage) {
        return lineage.error();
    }
    const auto reforms = ReformStore(db).all();
    if (!reforms) {
        return reforms.error();
    }
    const auto communes = units.allCommunes();
    if (!communes) {
        return communes.error();
    }
    return build(recognitions.value(), lineage.value(), reforms.value(), communes.value());
}

RecognitionLedger RecognitionLedger::build(const QList<Recognition>& recognitions, const QList<LineageLink>& lineage,
                                           const QList<Reform>& reforms, const QList<Commune>& communes)
{
    RecognitionLedger ledger;
    ledger.m_reforms = reforms;
    Inputs in;
    for (const Recognition& r : recognitions) {
        in.own[r.communeId].append(&r);
    }
    for (const LineageLink& l : lineage) {
        in.mergersInto[l.successorId][l.effectiveOn].append(&l);
        in.mergedAway.insert(l.predecessorId);
    }
    for (const Commune& c : communes) {
        in.communes.insert(c.id, &c);
    }
    QSet<QString> ids;
    for (const Commune& c : communes) {
        ids.insert(c.id);
    }
    for (auto it = in.own.cbegin(); it != in.own.cend(); ++it) {
        ids.insert(it.key());
    }
    for (const QString& id : ids) {
        QSet<QString> visiting;
        ledger.compute(id, in, visiting);
    }
    return ledger;
}

const QList<Holding>& RecognitionLedger::compute(const QString& communeId, const Inputs& in, QSet<QString>& visiting)
{
    if (const auto it = m_holdings.constFind(communeId); it != m_holdings.constEnd()) {
        return *it;
    }
    static const QList<Holding> none;
    if (visiting.contains(communeId)) {
        return none; // a cycle in the lineage: nothing is carried round it
    }
    visiting.insert(communeId);
    QList<Holding> holdings;
    for (const Recognition* r : in.own.value(communeId)) {
        Holding h = fromDecision(*r);
        if (!h.until.isValid() || h.until >= h.from) {
            holdings.append(h);
        }
    }
    const Commune* commune = in.communes.value(communeId);
    const auto events = in.mergersInto.value(communeId);
    for (auto e = events.cbegin(); e != events.cend(); ++e) {
        const QDate merger = e.key();
        const QDate dayBefore = merger.addDays(-1);
        // Copies: compute() inserts into m_holdings, which may move what a reference would point to.
        QList<QList<Holding>> parts;
        QList<QString> partIds;
        bool renameOnly = true;
        for (const LineageLink* l : e.value()) {
            renameOnly = renameOnly && l->kind == QLatin1String("rename");
            if (l->predecessorId != communeId) {
                parts.append(compute(l->predecessorId, in, visiting));
                partIds.append(l->predecessorId);
            }
        }
        // A commune that existed before absorbs the others: it is one of the merged communes.
        const bool absorbs = commune && (!commune->validFrom.isValid() || commune->validFrom < merger);
        if (absorbs) {
            parts.append(holdings);
            partIds.append(communeId);
            if (!renameOnly) {
                for (Holding& h : holdings) {
                    if (h.heldOn(dayBefore) && (!h.until.isValid() || h.until >= merger)) {
                        h.until = dayBefore;
                        h.end = HoldingEnd::Merger;
                    }
                }
            }
        }
        const Reform* reform = reformOf(*e.value().constFirst());
        const RecognitionRule rule =
            renameOnly ? RecognitionRule::KeptIfAllHeld : (reform ? reform->rule : RecognitionRule::Ends);
        for (RecognitionTier tier : kTiers) {
            QList<bool> held;
            QList<const Holding*> sources;
            for (const QList<Holding>& part : parts) {
                const Holding* h = heldBy(part, tier, dayBefore);
                held.append(h != nullptr);
                sources.append(h);
            }
            if ((absorbs && renameOnly) || !keeps(rule, held)) {
                continue;
            }
            Holding kept;
            kept.communeId = communeId;
            kept.tier = tier;
            kept.from = merger;
            kept.basis = HoldingBasis::KeptThroughMerger;
            kept.keptFrom = partIds;
            for (const Holding* s : sources) {
                kept.datedOn = std::max(kept.datedOn, s->datedOn);
                kept.illustrative = kept.illustrative || s->illustrative;
            }
            if (reform) {
                kept.reformId = reform->id;
                kept.reformName = reform->name;
                kept.ruleSource = reform->ruleSource;
                kept.ruleVerified = reform->ruleVerified;
            }
            holdings.append(kept);
        }
    }
    if (commune && commune->validTo.isValid()) {
        const HoldingEnd end = in.mergedAway.contains(communeId) ? HoldingEnd::Merger : HoldingEnd::UnitEnded;
        QList<Holding> clipped;
        for (Holding h : holdings) {
            if (h.from > commune->validTo) {
                continue;
            }
            if (!h.until.isValid() || h.until > commune->validTo) {
                h.until = commune->validTo;
                h.end = end;
            }
            clipped.append(h);
        }
        holdings = clipped;
    }
    std::stable_sort(holdings.begin(), holdings.end(),
                     [](const Holding& a, const Holding& b) { return a.from < b.from; });
    visiting.remove(communeId);
    return *m_holdings.insert(communeId, holdings);
}

const Reform* RecognitionLedger::reformOf(const LineageLink& link) const
{
    for (const Reform& r : m_reforms) {
        if (!link.reformId.isEmpty() ? r.id == link.reformId : r.covers(link.effectiveOn)) {
            return &r;
        }
    }
    return nullptr;
}

bool RecognitionLedger::holds(const QString& communeId, RecognitionTier tier, const QDate& date) const
{
    const auto it = m_holdings.constFind(communeId);
    if (it == m_holdings.constEnd()) {
        return false;
    }
    return std::any_of(it->cbegin(), it->cend(), [&](const Holding& h) { return h.tier == tier && h.heldOn(date); });
}

QList<Holding> RecognitionLedger::holdingsOn(const QString& communeId, const QDate& date) const
{
    QList<Holding> out;
    for (const Holding& h : m_holdings.value(communeId)) {
        if (h.heldOn(date)) {
            out.append(h);
        }
    }
    return out;
}

const Holding* RecognitionLedger::shownHolding(const QString& communeId, RecognitionTier tier, const QDate& date) const
{
    const auto it = m_holdings.constFind(communeId);
    return it == m_holdings.constEnd() ? nullptr : heldBy(*it, tier, date);
}

const Holding* RecognitionLedger::lastEnded(const QString& communeId, RecognitionTier tier, const QDate& date) const
{
    const auto it = m_holdings.constFind(communeId);
    if (it == m_holdings.constEnd()) {
        return nullptr;
    }
    const Holding* best = nullptr;
    for (const Holding& h : *it) {
        if (h.tier == tier && h.until.isValid() && h.until < date && (!best || h.until > best->until)) {
            best = &h;
        }
    }
    return best;
}

} // namespace ntm::core
