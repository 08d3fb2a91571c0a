// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/RotationImpact.h"
#include "service/review/MetTimelines.h"
#include "service/review/ProvincialReview.h"
#include "store/TenureStore.h"

#include <functional>

namespace ntm::core {

/// The programme's question: do communes led by rotated officials gain criteria faster? For each rotation's term
/// (start to the actual end, or the as-of date while active) the commune's gain (criteria met at the end minus at
/// the start, as RotationImpactService measures it) is set against the gains of every commune that no rotated
/// official led on any day of that same term, over the same days. Each side's rate is its total gain divided by
/// its total years (days / 365.25): criteria gained per commune-year. A period during which the number of
/// criteria in force changed (19 to 20 in 2015, 20 to 19 in 2022, 19 to 10 in 2026) is left out on both sides
/// and counted as such: the change of set would count as a gain or a loss. The same two sides are also given for
/// the periods where the commune still had criteria to meet at the start (met < criteria in force), because a
/// commune that already meets everything cannot gain.
class TenureComparison final
{
public:
    /// Whether a control commune counts in the scope on a date (the district filter).
    using Scope = std::function<bool(const QString& communeId, const QDate& date)>;

    /// `rotations`: the rotations in the scope; `unled`: the communes without a rotated official per term
    /// (TenureStore); `lines`: count-met lines of those communes. Returns Rotated, Without, then the same two
    /// with criteria left at the start. Terms shorter than a day are left out.
    static QList<TenureGroup> compute(const QList<RotationImpactRow>& rotations, const QList<UnledPeriod>& unled,
                                      const MetTimelines& lines, const Scope& inScope);

    /// Length of a period in years, as the comparison counts it.
    static double years(const QDate& from, const QDate& to);
};

} // namespace ntm::core
