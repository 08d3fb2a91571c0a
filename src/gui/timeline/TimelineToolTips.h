// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CriterionTimeline.h"

#include <QCoreApplication>

namespace ntm::gui {

/// The words of the timeline's tooltips (rich text): a span with the assessment behind it, a rotated
/// official's term, a criteria set's period.
class TimelineToolTips final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::TimelineToolTips)

public:
    static QString span(const core::TimelineRow& row, const core::TimelineSpan& span);
    static QString tenure(const core::TimelineTenure& tenure);
    static QString setPeriod(const core::TimelineSetPeriod& period);
    static QString row(const core::TimelineRow& row, const core::TimelineBlock& block);
    /// "01/03/2016 – 30/09/2016": the first and the last day of a period whose end is exclusive.
    static QString period(const QDate& from, const QDate& until);
};

} // namespace ntm::gui
