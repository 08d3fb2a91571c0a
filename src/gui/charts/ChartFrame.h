// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Included only by the chart adapters' .cpp files: the one place besides them that knows Qt Charts.
#include <QChart>
#include <QChartView>
#include <QColor>
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
    /// A colour for the n-th series, distinct for the first twenty.
    static QColor colour(int n);

    QChart* chart;
    QChartView* view;
    QStringList description;
};

} // namespace ntm::gui
