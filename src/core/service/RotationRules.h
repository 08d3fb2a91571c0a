// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "domain/Units.h"
#include "util/Issue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace ntm::core {

/// What the rotation rules need to know besides the rotation itself; gathered by RotationService.
struct RotationContext
{
    bool officialExists = false;
    const Commune* commune = nullptr;      ///< nullptr when the commune id is unknown.
    QList<Rotation> sameOfficial;          ///< The official's other rotations.
    QList<Rotation> sameDecision;          ///< Other rotations with the same issuing body and decision number.
    QList<Rotation> sameCommune;           ///< Other rotations in the same commune.
    QHash<QString, QString> officialNames; ///< For messages about other rotations.
    std::function<QString(const QString& communeId, const QDate& date)> communeName;
    QDate today;
};

/// The rules of a rotation decision, in one place. Errors block saving; warnings ask for confirmation.
///  - errors: required fields; decision date not after the start; planned and actual end not before the start;
///    the commune exists on the start date; no two rotations of one official overlap; a decision number is
///    unique per issuing body; an end reason or evaluation only with an actual end.
///  - warnings: a luân chuyển term shorter than 36 months (Decree 138/2020, Art. 48); a biệt phái longer than
///    36 months (Decree 170/2025, Art. 26); two rotations holding the same position in one commune at once;
///    an actual end in the future.
class RotationRules final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RotationRules)

public:
    static constexpr int kMinimumTermMonths = 36;
    static constexpr int kMaximumSecondmentMonths = 36;

    static Issues check(const Rotation& r, const RotationContext& context);

    /// True when the two periods share a day (an invalid end is open).
    static bool overlaps(const Rotation& a, const Rotation& b);

    /// How many days before its planned end a term may stop and still count as served to its end.
    static constexpr int kEndOfTermToleranceDays = 31;
    /// The end reason a term ending on `end` most likely has: "end of term" when it ends at its planned end (within
    /// kEndOfTermToleranceDays before it, or after it); nothing when it stops earlier (the user says why) or has no
    /// planned end.
    static std::optional<EndReason> likelyEndReason(const Rotation& r, const QDate& end);

private:
    static void checkRequired(const Rotation& r, const RotationContext& c, Issues& out);
    static void checkDates(const Rotation& r, const RotationContext& c, Issues& out);
    static void checkConflicts(const Rotation& r, const RotationContext& c, Issues& out);
};

} // namespace ntm::core
