// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/CommuneChartSection.h"

#include "charts/StepChart.h"
#include "dashboard/CommuneChart.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportChart.h"
#include "reports/ReportFonts.h"

namespace ntm::gui {

namespace {
/// The figure's size on paper and the pixel size it is laid out at: about 110 dots per inch, so the chart's
/// 11-pixel labels print at about 7 points.
constexpr double kWidthMm = 172;
constexpr double kHeightMm = 82;
const QSize kLayout(750, 358);

/// A StepChart kept off screen and painted into the page.
class StepChartFigure final : public ReportChart
{
public:
    explicit StepChartFigure(const core::CommuneDashboard& d) : m_chart(std::make_unique<StepChart>())
    {
        m_chart->setTextFont(ReportFonts::chart(11));
        CommuneChart::show(*m_chart, d);
        m_chart->setTitle(QString()); // the section's heading says it
    }
    void paint(QPainter& painter, const QRectF& target) const override { m_chart->paint(painter, target, kLayout); }

private:
    std::unique_ptr<StepChart> m_chart;
};
} // namespace

CommuneChartSection::CommuneChartSection(const core::CommuneDashboard& d)
    : m_chart(std::make_shared<StepChartFigure>(d)), m_empty(d.series.isEmpty())
{
}

void CommuneChartSection::write(ReportBuilder& out) const
{
    out.heading(tr("Criteria met over time"));
    if (m_empty) {
        out.paragraph(tr("No criterion has been assessed by this date."));
        return;
    }
    out.chart(m_chart, kWidthMm, kHeightMm);
    out.note(tr("Shaded bands: the terms of rotated officials, with their names in the legend. Star: NTM "
                "recognition. Dashed line: the date of the data."));
}

} // namespace ntm::gui
