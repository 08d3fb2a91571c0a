// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecognitionHolding.h"

#include <QCoreApplication>
#include <QString>

namespace ntm::core {

/// The words every view, report and the command line use for a recognition a commune holds, so that a kept one
/// always says how: "NTM, recognised in 2018, kept through the 2020 merger (3372/BNN-VPĐP)".
class RecognitionText final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RecognitionText)

public:
    /// The tier, its date and decision or how it was kept, with "(unverified)" and "(illustrative)" marks.
    static QString describe(const Holding& h);
    /// Only how it is held: "decision 403/QĐ-UBND of 12/10/2018" or "kept through the 2020 merger, 3372/BNN-VPĐP".
    static QString basis(const Holding& h);
    /// "2026–2030 set: 6 of 10 criteria met" beside a recognition made under an earlier set.
    static QString beside(const QString& recognisedUnder, const QString& setNow, int met, int total);
    /// Why "N recognised" and "M meet all criteria" differ: the recognised were recognised under earlier sets.
    static QString recognisedVersusMeetAll(int recognised, int underEarlierSet, int meetAll, int criteria);
};

} // namespace ntm::core
