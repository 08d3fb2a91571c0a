// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace ntm::gui {

class ChartFrame;

/// One value per category drawn as horizontal bars, the first category at the top (e.g. the criteria most
/// communes still miss). Our own small interface, so views do not depend on Qt Charts (see StepChart).
class HorizontalBarChart final : public QWidget
{
    Q_OBJECT

public:
    explicit HorizontalBarChart(QWidget* parent = nullptr);
    ~HorizontalBarChart() override;

    void setTitle(const QString& title);
    /// Replaces what is drawn. `decimals`: how the value labels at the bars' ends are written.
    void setData(const QStringList& categories, const QString& seriesName, const QList<double>& values,
                 int decimals = 0);
    QPixmap render(const QSize& size);
    /// Draws the chart into any painter (a report's page) scaled into `target`, laid out as if it were
    /// `layoutSize` pixels: vector, so lines stay sharp and words stay text.
    void paint(QPainter& painter, const QRectF& target, const QSize& layoutSize);
    /// Text of the title, axes, legend and labels (a report sets its own font; the screen keeps the application's).
    void setTextFont(const QFont& font);
    /// What is drawn, in words: "CATEGORY=VALUE", top first.
    QStringList describe() const;

private:
    std::unique_ptr<ChartFrame> m_frame;
};

} // namespace ntm::gui
