// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/CriterionTimeline.h"

#include <QCoreApplication>
#include <QSizeF>

#include <memory>

namespace ntm::gui {

class ReportChart;

/// The commune's criterion timeline (each criterion's status over time, the criteria sets in force, the rotated
/// officials' terms and the recognitions) from core's CriterionTimelineService, drawn by TimelinePainter as a
/// vector picture across the page's width.
class TimelineSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::TimelineSection)

public:
    explicit TimelineSection(const core::CriterionTimeline& timeline);
    void write(ReportBuilder& out) const override;

private:
    std::shared_ptr<const ReportChart> m_chart;
    QSizeF m_sizeMm;
    bool m_empty;
};

} // namespace ntm::gui
