// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"
#include "reports/ReportSection.h"
#include "service/review/ProvincialReview.h"

#include <QCoreApplication>

#include <memory>

namespace ntm::gui {

class ReportChart;

/// The provincial review's communes recognised NTM per year with the cumulative total: the review's chart
/// (bars and a line) drawn into the page, and its table.
class RecognitionsSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::RecognitionsSection)

public:
    explicit RecognitionsSection(const core::ProvincialReview& review);
    void write(ReportBuilder& out) const override;

private:
    std::shared_ptr<const ReportChart> m_chart;
    core::TableData m_table;
};

} // namespace ntm::gui
