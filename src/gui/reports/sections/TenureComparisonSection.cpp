// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/TenureComparisonSection.h"

#include "charts/HorizontalBarChart.h"
#include "reports/AdapterFigure.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTables.h"
#include "review/ReviewCharts.h"
#include "service/review/ReviewTables.h"

#include <algorithm>

namespace ntm::gui {

using namespace ntm::core;

namespace {
const QSizeF kTenureSizeMm(172, 48);
} // namespace

TenureComparisonSection::TenureComparisonSection(const ProvincialReview& review)
    : m_table(ReviewTables::table(review, ReviewTable::Comparison)),
      m_empty(std::none_of(review.comparison.cbegin(), review.comparison.cend(),
                           [](const TenureGroup& g) { return g.periods > 0; }))
{
    auto figure = std::make_shared<AdapterFigure<HorizontalBarChart>>(kTenureSizeMm);
    ReviewCharts::showComparison(figure->chart(), review);
    m_chart = std::move(figure);
}

void TenureComparisonSection::write(ReportBuilder& out) const
{
    out.heading(tr("Criteria gained per year, with and without a rotated official"));
    if (m_empty) {
        out.paragraph(tr("No rotated official has served in the area by this date."));
        return;
    }
    out.chart(m_chart, kTenureSizeMm.width(), kTenureSizeMm.height());
    out.table(ReportTables::fromData(m_table));
    out.note(tr("Gain per year of tenure: criteria gained during the rotated officials' terms, against every commune "
                "without a rotated official over the same days. Periods in which the number of criteria in force "
                "changed are left out."));
}

} // namespace ntm::gui
