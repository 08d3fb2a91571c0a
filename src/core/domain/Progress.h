// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ntm::core {

struct IndicatorValue
{
    QString indicatorId;
    QString text; ///< As typed; numbers are also kept in `number`.
    std::optional<double> number;
};

/// An assessment event: the status of one criterion of one commune on a date. Never edited.
struct Assessment
{
    QString id;
    qint64 seq = 0;
    QString communeId;
    QString criterionId;
    QString setId;
    QString family;
    int criterionNumber = 0;
    QDate assessedOn;
    CriterionStatus status = CriterionStatus::NotAssessed;
    QString note;
    QString evidenceRef;
    QString recordedBy;
    QString recordedAt;
    bool illustrative = false;
    QList<IndicatorValue> values;
};

/// A recognition decision for a commune (NTM or a higher tier), possibly ended by a merger.
struct Recognition
{
    QString id;
    QString communeId;
    RecognitionTier tier = RecognitionTier::Ntm;
    QString decisionNo;
    QDate decidedOn;
    QDate endedOn;
    QString endReason; ///< merger or withdrawn
    QString note;
    bool illustrative = false; ///< A generated (demo) decision: its number and date are not real.

    bool activeOn(const QDate& d) const { return decidedOn <= d && !(endedOn.isValid() && endedOn <= d); }
    /// Recognised NTM on `d` by this decision: the NTM tier (not a higher one), active on the date.
    bool holdsNtmOn(const QDate& d) const { return tier == RecognitionTier::Ntm && activeOn(d); }
};

} // namespace ntm::core
