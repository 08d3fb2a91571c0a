// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/AveragesSection.h"

#include "charts/MultiLineChart.h"
#include "reports/AdapterFigure.h"
#include "reports/ReportBuilder.h"
#include "review/ReviewCharts.h"
#include "service/review/ReviewTables.h"
#include "util/Dates.h"

#include <QLocale>

namespace ntm::gui {

using namespace ntm::core;

namespace {
const QSizeF kAveragesSizeMm(172, 100);
constexpr qsizetype kDatesPerTable = 8; // "12,34" in 8.5 points needs about a tenth of the page's width
constexpr int kNameWidth = 24;
} // namespace

AveragesSection::AveragesSection(const ProvincialReview& review)
    : m_dates(review.sampleDates), m_series(review.averages)
{
    auto figure = std::make_shared<AdapterFigure<MultiLineChart>>(kAveragesSizeMm);
    ReviewCharts::showAverages(figure->chart(), review);
    m_chart = std::move(figure);
}

ReportTable AveragesSection::table(qsizetype from, qsizetype count) const
{
    using A = ReportColumn::Align;
    ReportTable t;
    const QList<QDate> dates = m_dates.mid(from, count);
    const int each = (100 - kNameWidth) / kDatesPerTable;
    t.widthPercent = static_cast<int>(kNameWidth + each * dates.size());
    t.columns.append({tr("District"), kNameWidth * 100 / t.widthPercent, A::Left});
    for (const QDate& d : dates) {
        // Year ends by their year; the date of the data in full.
        const bool yearEnd = d.month() == 12 && d.day() == 31;
        t.columns.append({yearEnd ? QString::number(d.year()) : dates::toDisplay(d), 0, A::Right});
    }
    for (const AverageSeries& s : m_series) {
        ReportCell name(s.name);
        name.bold = s.districtId.isEmpty(); // the whole province
        QList<ReportCell> row{name};
        for (const QDate& d : dates) {
            QString value = QStringLiteral("–");
            for (const AveragePoint& p : s.points) {
                if (p.date == d) {
                    value = QLocale().toString(ReviewTables::rounded(p.averageMet, 2), 'f', 2);
                }
            }
            ReportCell cell(value);
            cell.bold = name.bold;
            row.append(cell);
        }
        t.rows.append(row);
    }
    return t;
}

void AveragesSection::write(ReportBuilder& out) const
{
    out.heading(tr("Average criteria met over time, by district"));
    if (m_dates.isEmpty() || m_series.isEmpty()) {
        out.paragraph(tr("No criterion has been assessed by this date."));
        return;
    }
    out.chart(m_chart, kAveragesSizeMm.width(), kAveragesSizeMm.height());
    for (qsizetype from = 0; from < m_dates.size(); from += kDatesPerTable) {
        out.table(table(from, kDatesPerTable));
    }
    out.note(tr("At each year's end and on the date of the data; the last row is the whole province. From 1/7/2025 "
                "communes count under their former district."));
}

} // namespace ntm::gui
