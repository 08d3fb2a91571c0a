// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Included only by the chart adapters' .cpp files: the one place besides them that knows Qt Charts.
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QFont>
#include <QStringList>

class QWidget;

namespace ntm::gui {

/// What every chart adapter holds: a chart in a view laid out to fill the adapter widget, the description of
/// what is drawn (for tests and accessibility), and rendering to a picture.
class ChartFrame final
{
public:
    explicit ChartFrame(QWidget* owner);

    /// Removes every series and axis (before drawing new data).
    void clear();
    /// Adds an axis to the chart and remembers it for clear().
    void addAxis(QAbstractAxis* axis, Qt::Alignment alignment);
    QPixmap render(const QSize& size);
    /// Draws the chart into any painter scaled into `target`, laid out as if it were `layoutSize` pixels: vector,
    /// so a report's PDF keeps sharp lines and searchable words (see StepChart::paint).
    void paint(QPainter& painter, const QRectF& target, const QSize& layoutSize);
    /// The text of the title, axes, legend and bar labels from now on (a report's font in pixels); the screen
    /// keeps the application's. Adapters call applyTextFont() after new data.
    void setTextFont(const QFont& font);
    /// Gives the axes and bar labels made since setTextFont() its font; nothing when none was set.
    void applyTextFont();
    /// A colour for the n-th series, distinct for the first twenty.
    static QColor colour(int n);

    QChart* chart;
    QChartView* view;
    QStringList description;

private:
    QFont m_font;
    bool m_hasFont = false;
};

} // namespace ntm::gui
