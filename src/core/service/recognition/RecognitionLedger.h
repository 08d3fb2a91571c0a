// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"
#include "domain/RecognitionHolding.h"
#include "domain/Reform.h"
#include "domain/Units.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace ntm::core {

class Database;

/// Which communes hold which recognition tier on a date, and why: the one place where the rule for
/// recognitions across mergers is applied when figures are computed.
///
/// A commune holds a tier from its own decision until the decision ends (withdrawn) or the commune ends. When
/// communes merge (commune_lineage), the reform the merger belongs to decides (reform.recognition_rule):
///  - kept_if_all_held (3372/BNN-VPĐP, 2020): the new commune keeps each tier that every merged commune held the
///    day before (a commune absorbing others counts as one of them), dated with the most recent of their
///    recognitions; otherwise it holds nothing until it is recognised again;
///  - ends: every merged commune's recognition ends with the merger.
/// A merger with no recorded reform falls under the reform whose period covers its date; with none, recognitions
/// end. A rename keeps everything. Recognition does not depend on the criteria set in force: a recognition under
/// an older set stays held after the set changes.
class RecognitionLedger final
{
public:
    static Result<RecognitionLedger> load(Database& db);
    static RecognitionLedger build(const QList<Recognition>& recognitions, const QList<LineageLink>& lineage,
                                   const QList<Reform>& reforms, const QList<Commune>& communes);

    /// The rule for a set of merged parts: kept when every part held the tier.
    static bool keeps(RecognitionRule rule, const QList<bool>& partsHeld);

    bool holds(const QString& communeId, RecognitionTier tier, const QDate& date) const;
    /// Holdings covering the date, every tier (several for one tier when a decision adds to a kept recognition).
    QList<Holding> holdingsOn(const QString& communeId, const QDate& date) const;
    /// The holding of a tier shown for the date: the earliest one still held then; nullptr when none.
    const Holding* shownHolding(const QString& communeId, RecognitionTier tier, const QDate& date) const;
    /// Every holding of the commune, by first day.
    QList<Holding> holdingsOf(const QString& communeId) const { return m_holdings.value(communeId); }
    /// The commune's last holding of a tier that had ended by `date` (for "last standing"); nullptr when none.
    const Holding* lastEnded(const QString& communeId, RecognitionTier tier, const QDate& date) const;

    /// The reform a commune merger falls under (its own, else the one covering its date); nullptr when none.
    const Reform* reformOf(const LineageLink& link) const;
    const QList<Reform>& reforms() const { return m_reforms; }

private:
    struct Inputs;
    const QList<Holding>& compute(const QString& communeId, const Inputs& in, QSet<QString>& visiting);

    QList<Reform> m_reforms;
    QHash<QString, QList<Holding>> m_holdings;
};

} // namespace ntm::core
