// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/MissedCriteriaSection.h"

#include "charts/HorizontalBarChart.h"
#include "reports/AdapterFigure.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTables.h"
#include "review/ReviewCharts.h"
#include "service/review/ReviewTables.h"

#include <algorithm>

namespace ntm::gui {

using namespace ntm::core;

MissedCriteriaSection::MissedCriteriaSection(const ProvincialReview& review)
    : m_table(ReviewTables::table(review, ReviewTable::Missed))
{
    // A bar's room stays the same however many criteria the chart shows.
    const int bars = std::min(static_cast<int>(review.missed.size()), ReviewCharts::kMissedShown);
    m_sizeMm = QSizeF(172, 16 + 6.5 * bars);
    auto figure = std::make_shared<AdapterFigure<HorizontalBarChart>>(m_sizeMm);
    ReviewCharts::showMissed(figure->chart(), review);
    m_chart = std::move(figure);
}

void MissedCriteriaSection::write(ReportBuilder& out) const
{
    out.heading(tr("Criteria most communes still miss"));
    if (m_table.rows.isEmpty()) {
        out.paragraph(tr("No commune is assessed against a criteria set on this date."));
        return;
    }
    out.chart(m_chart, m_sizeMm.width(), m_sizeMm.height());
    // Under one criteria set its column says the same on every row: the paragraph says it once.
    QStringList sets;
    for (const QVariantList& row : m_table.rows) {
        if (!sets.contains(row.value(0).toString())) {
            sets.append(row.value(0).toString());
        }
    }
    if (sets.size() == 1) {
        out.paragraph(tr("Criteria set %1:").arg(sets.constFirst()));
        out.table(ReportTables::fromData(m_table, {1, 2, 3, 4, 5, 6, 7, 8}));
    } else {
        out.table(ReportTables::fromData(m_table));
    }
    out.note(tr("Communes whose criterion is basically met, not met or not assessed under the set in force on the "
                "date; the chart shows the %n most missed.",
                nullptr, ReviewCharts::kMissedShown));
}

} // namespace ntm::gui
