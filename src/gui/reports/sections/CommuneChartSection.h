// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/CommuneDashboard.h"

#include <QCoreApplication>

#include <memory>

namespace ntm::gui {

class ReportChart;

/// The commune's criteria met over time with the rotated officials' tenures as bands: the dashboard's chart
/// (CommuneChart on a StepChart), drawn into the page.
class CommuneChartSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::CommuneChartSection)

public:
    explicit CommuneChartSection(const core::CommuneDashboard& d);
    void write(ReportBuilder& out) const override;

private:
    std::shared_ptr<const ReportChart> m_chart;
    bool m_empty;
};

} // namespace ntm::gui
