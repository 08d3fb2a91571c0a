// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/review/ProvincialReview.h"

#include <QCoreApplication>

#include <memory>

namespace ntm::gui {

class ReportChart;
struct ReportTable;

/// The provincial review's average criteria met over time, a line per district and the province's emphasised,
/// with its table: a row per district, a column per year's end (split into several tables when the years are
/// too many for the page's width).
class AveragesSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::AveragesSection)

public:
    explicit AveragesSection(const core::ProvincialReview& review);
    void write(ReportBuilder& out) const override;

private:
    /// The table of the sample dates [from, from + count).
    ReportTable table(qsizetype from, qsizetype count) const;

    std::shared_ptr<const ReportChart> m_chart;
    QList<QDate> m_dates;
    QList<core::AverageSeries> m_series;
};

} // namespace ntm::gui
