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
const QSizeF kRecognitionsSizeMm(172, 72);
constexpr int kFirstTierColumn = 10; ///< ReviewTables::recognitions: nâng cao, kiểu mẫu, hiện đại from here
} // namespace

RecognitionsSection::RecognitionsSection(const ProvincialReview& review)
    : m_table(ReviewTables::table(review, ReviewTable::Recognitions))
{
    auto figure = std::make_shared<AdapterFigure<BarLineChart>>(kRecognitionsSizeMm);
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
    out.chart(m_chart, kRecognitionsSizeMm.width(), kRecognitionsSizeMm.height());
    // The page is narrower than a spreadsheet: the date each row runs to is left out (every page says the date of
    // the data), and so are the tiers no commune holds in any year; the rest share the width evenly.
    QList<int> columns{0};
    for (int i = 2; i < m_table.columns.size(); ++i) {
        bool shown = i < kFirstTierColumn;
        for (const QVariantList& row : m_table.rows) {
            shown = shown || row.value(i).toInt() != 0;
        }
        if (shown) {
            columns.append(i);
        }
    }
    ReportTable table = ReportTables::fromData(m_table, columns);
    for (ReportColumn& c : table.columns) {
        c.widthPercent = 100 / static_cast<int>(table.columns.size());
    }
    table.widthPercent = 100;
    out.table(table);
    out.note(m_table.note);
}

} // namespace ntm::gui
