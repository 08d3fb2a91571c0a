// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"
#include "reports/ReportSection.h"
#include "service/review/ProvincialReview.h"

#include <QCoreApplication>

#include <memory>

namespace ntm::gui {

class ReportChart;

/// The provincial review's tenure comparison: criteria gained per year of tenure in communes led by a rotated
/// official against the communes without one over the same days, as the review's chart and its table.
class TenureComparisonSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::TenureComparisonSection)

public:
    explicit TenureComparisonSection(const core::ProvincialReview& review);
    void write(ReportBuilder& out) const override;

private:
    std::shared_ptr<const ReportChart> m_chart;
    core::TableData m_table;
    bool m_empty;
};

} // namespace ntm::gui
