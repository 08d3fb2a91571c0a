// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/TimelineSection.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportChart.h"
#include "timeline/TimelineLayout.h"
#include "timeline/TimelinePainter.h"

#include <algorithm>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr double kWidthMm = 172;
constexpr double kMostHeightMm = 225; // a page's body less the heading: taller timelines are scaled down
constexpr int kFontPixels = 9;        // at 96 dpi: 6.75 points on paper, so the legend's one line fits the width

double pixelsToMm(double px)
{
    return px * 25.4 / 96.0;
}

/// The timeline drawn by TimelinePainter into whatever rectangle the page gives it.
class TimelineFigure final : public ReportChart
{
public:
    TimelineFigure(CriterionTimeline timeline, QString title)
        : m_timeline(std::move(timeline)), m_title(std::move(title))
    {
    }
    void paint(QPainter& painter, const QRectF& target) const override
    {
        TimelinePainter::render(painter, target, m_timeline, m_title, kFontPixels);
    }
    /// The height the timeline needs when its years are spread over `widthMm`, as TimelinePainter::render
    /// spreads them: laid out at 96 dpi, where its sizes are defined.
    double heightMm(double widthMm) const
    {
        const QFont font = TimelinePainter::baseFont(kFontPixels);
        const double width = widthMm / 25.4 * 96.0;
        const TimelineLayout probe(m_timeline, font, 100, m_title);
        const double room = width - probe.labelWidth() - TimelineLayout::kRightPad;
        const TimelineLayout fitted(m_timeline, font, std::max(8.0, room / std::max(1, probe.years())), m_title);
        const double scale = std::min(1.0, width / fitted.size().width());
        return pixelsToMm(fitted.size().height() * scale);
    }

private:
    CriterionTimeline m_timeline;
    QString m_title;
};
} // namespace

TimelineSection::TimelineSection(const CriterionTimeline& timeline) : m_empty(timeline.rowCount() == 0)
{
    auto figure =
        std::make_shared<TimelineFigure>(timeline, tr("%1: each criterion's status over time").arg(timeline.title));
    m_sizeMm = QSizeF(kWidthMm, std::min(kMostHeightMm, figure->heightMm(kWidthMm)));
    m_chart = std::move(figure);
}

void TimelineSection::write(ReportBuilder& out) const
{
    out.heading(tr("Criterion timeline"));
    if (m_empty) {
        out.paragraph(tr("No criterion has been assessed by this date."));
        return;
    }
    // The picture has its own title and legend: no note under it, so a timeline that fills the page ends it.
    out.chart(m_chart, m_sizeMm.width(), m_sizeMm.height());
}

} // namespace ntm::gui
