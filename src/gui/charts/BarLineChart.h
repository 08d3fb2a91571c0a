// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace ntm::gui {

class ChartFrame;

/// Bars per category (e.g. communes recognised in each year) with a line over them (the cumulative total) on
/// its own scale at the right. Our own small interface, so views do not depend on Qt Charts (see StepChart).
class BarLineChart final : public QWidget
{
    Q_OBJECT

public:
    explicit BarLineChart(QWidget* parent = nullptr);
    ~BarLineChart() override;

    void setTitle(const QString& title);
    /// Replaces what is drawn. `bars` and `line` have one value per category.
    void setData(const QStringList& categories, const QString& barName, const QList<double>& bars,
                 const QString& lineName, const QList<double>& line);
    QPixmap render(const QSize& size);
    /// Draws the chart into any painter (a report's page) scaled into `target`, laid out as if it were
    /// `layoutSize` pixels: vector, so lines stay sharp and words stay text.
    void paint(QPainter& painter, const QRectF& target, const QSize& layoutSize);
    /// Text of the title, axes, legend and labels (a report sets its own font; the screen keeps the application's).
    void setTextFont(const QFont& font);
    /// What is drawn, in words: "bar CATEGORY=VALUE" and "line CATEGORY=VALUE" lines.
    QStringList describe() const;
    /// The top of the bars' scale: above the tallest bar with room for its label.
    double barAxisMaximum() const;

private:
    std::unique_ptr<ChartFrame> m_frame;
    double m_barAxisMaximum = 0;
};

} // namespace ntm::gui
