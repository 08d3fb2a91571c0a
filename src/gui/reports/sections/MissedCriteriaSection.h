// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"
#include "reports/ReportSection.h"
#include "service/review/ProvincialReview.h"

#include <QCoreApplication>
#include <QSizeF>

#include <memory>

namespace ntm::gui {

class ReportChart;

/// The criteria most communes of the area still miss, from the provincial review: the review's chart of the
/// most missed and the table of every criterion in force.
class MissedCriteriaSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::MissedCriteriaSection)

public:
    explicit MissedCriteriaSection(const core::ProvincialReview& review);
    void write(ReportBuilder& out) const override;

private:
    std::shared_ptr<const ReportChart> m_chart;
    core::TableData m_table;
    QSizeF m_sizeMm;
};

} // namespace ntm::gui
