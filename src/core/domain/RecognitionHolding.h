// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core {

/// How a commune came to hold a recognition tier.
enum class HoldingBasis
{
    Decision,         ///< Its own recognition decision.
    KeptThroughMerger ///< Kept when it was formed by a merger, under its reform's rule (3372/BNN-VPĐP).
};

/// Why a commune stopped holding a tier.
enum class HoldingEnd
{
    None,      ///< Still held.
    Merger,    ///< The commune merged into another, or a merger it absorbed ended it under the reform's rule.
    Withdrawn, ///< Withdrawn by a decision.
    UnitEnded  ///< The unit ended without a recorded merger.
};

/// A span of days during which a commune held a recognition tier, and why: the answer to "is it recognised on
/// D" and to "since when, by which act". Computed by RecognitionLedger from the recognition decisions, the
/// commune lineage and each reform's rule; never stored.
struct Holding
{
    QString communeId;
    RecognitionTier tier = RecognitionTier::Ntm;
    QDate from;    ///< First day held.
    QDate until;   ///< Last day held; invalid while still held.
    QDate datedOn; ///< The recognition's date: the decision's; for a kept one, the most recent of the merged parts'.
    QString decisionNo;    ///< The decision's number; empty for a kept recognition.
    QString recognitionId; ///< The decision's row; empty for a kept recognition.
    HoldingBasis basis = HoldingBasis::Decision;
    HoldingEnd end = HoldingEnd::None;
    bool illustrative = false; ///< An illustrative (demo) decision, or kept from one.
    // For a recognition kept through a merger:
    QString reformId;
    QString reformName;
    QString ruleSource; ///< "3372/BNN-VPĐP"; empty when the reform's rule has no known source.
    bool ruleVerified = false;
    QList<QString> keptFrom; ///< The merged communes it was kept from.

    bool heldOn(const QDate& d) const { return from <= d && (!until.isValid() || d <= until); }
};

} // namespace ntm::core
