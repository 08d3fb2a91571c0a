// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/RecognitionsSection.h"

#include "charts/BarLineChart.h"
#include "reports/AdapterFigure.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTables.h"
#include "review/ReviewCharts.h"
#include "service/review/ReviewTables.h"

namespace ntm::gui {

using namespace ntm::core;

namespace {
const QSizeF kSizeMm(172, 72);
} // namespace

RecognitionsSection::RecognitionsSection(const ProvincialReview& review)
    : m_table(ReviewTables::table(review, ReviewTable::Recognitions))
{
    auto figure = std::make_shared<AdapterFigure<BarLineChart>>(kSizeMm);
    ReviewCharts::showRecognitions(figure->chart(), review);
    m_chart = std::move(figure);
}

void RecognitionsSection::write(ReportBuilder& out) const
{
    out.heading(tr("Communes recognised NTM per year"));
    if (m_table.rows.isEmpty()) {
        out.paragraph(tr("No commune has been recognised NTM by this date."));
        return;
    }
    out.chart(m_chart, kSizeMm.width(), kSizeMm.height());
    ReportTable table = ReportTables::fromData(m_table);
    table.widthPercent = 100;
    out.table(table);
    out.note(m_table.note);
}

} // namespace ntm::gui
