// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ntm::core {

/// An official in the register (cán bộ).
struct Official
{
    QString id;
    QString fullName;
    Gender gender = Gender::NotGiven;
    QDate birthDate;
    QString homeUnit;       ///< Agency or unit the official comes from, e.g. "LĐLĐ huyện Đức Thọ".
    QString homeDistrictId; ///< Optional district the home unit belongs to.
    QString position;       ///< Position at the home unit.
    QString phone;
    QString note;
    bool illustrative = false;
    int rowVersion = 1;
};

/// A rotation decision: an official sent to a commune for a term.
struct Rotation
{
    QString id;
    QString officialId;
    RotationKind kind = RotationKind::LuanChuyen;
    QString decisionNo;
    QDate decisionDate;
    QString issuingBody;
    QString fromUnit;
    QString fromPosition;
    QString communeId;
    QString toPosition;
    QDate startDate;
    QDate plannedEnd;
    QDate actualEnd;
    std::optional<EndReason> endReason;
    std::optional<Evaluation> evaluation;
    QString returnPosition;
    QString note;
    bool illustrative = false;
    int rowVersion = 1;

    /// Last day of the term as known: the actual end, else the planned end, else open (invalid).
    QDate effectiveEnd() const { return actualEnd.isValid() ? actualEnd : plannedEnd; }
    /// Ended when it has an actual end on or before `asOf`.
    bool endedBy(const QDate& asOf) const { return actualEnd.isValid() && actualEnd <= asOf; }
    /// Active on `d`: started, and not yet ended.
    bool activeOn(const QDate& d) const { return startDate <= d && !(actualEnd.isValid() && actualEnd < d); }
};

/// The key that makes a decision number unique per issuing body: both folded, spaces collapsed.
QString decisionKey(const QString& issuingBody, const QString& decisionNo);

} // namespace ntm::core
