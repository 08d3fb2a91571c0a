// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportChart.h"
#include "reports/ReportFonts.h"

#include <QSizeF>

#include <memory>

namespace ntm::gui {

/// One of our chart adapters (BarLineChart, MultiLineChart, HorizontalBarChart) kept off screen and painted into
/// a report's page through its paint(): vector, so the PDF's lines stay sharp and its words searchable. It is
/// laid out at about 110 dots per inch, so the chart's 11-pixel text prints at about 7 points.
template <typename Chart> class AdapterFigure final : public ReportChart
{
public:
    /// `sizeMm`: the figure on paper, as given to ReportBuilder::chart().
    explicit AdapterFigure(const QSizeF& sizeMm, int fontPixels = 11)
        : m_chart(std::make_unique<Chart>()), m_sizeMm(sizeMm), m_layout((sizeMm * kPixelsPerMm).toSize())
    {
        m_chart->setTextFont(ReportFonts::chart(fontPixels));
    }

    Chart& chart() const { return *m_chart; }
    QSizeF sizeMm() const { return m_sizeMm; }
    void paint(QPainter& painter, const QRectF& target) const override { m_chart->paint(painter, target, m_layout); }

private:
    static constexpr double kPixelsPerMm = 750.0 / 172.0; // as the commune's chart (CommuneChartSection)

    std::unique_ptr<Chart> m_chart;
    QSizeF m_sizeMm;
    QSize m_layout;
};

} // namespace ntm::gui
