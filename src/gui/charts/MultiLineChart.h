// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

namespace ntm::gui {

class ChartFrame;

/// Several values over the same steps (e.g. average criteria met per district at each year's end), one line
/// each, with an emphasised line (the whole province). Our own small interface, so views do not depend on
/// Qt Charts (see StepChart).
class MultiLineChart final : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; ///< One per step; nullopt where the series has no value.
        bool emphasised = false;
    };

    explicit MultiLineChart(QWidget* parent = nullptr);
    ~MultiLineChart() override;

    void setTitle(const QString& title);
    /// Replaces what is drawn: `steps` label the horizontal axis; the value axis runs from 0 to `maximum`.
    void setData(const QStringList& steps, const QList<Series>& series, double maximum);
    QPixmap render(const QSize& size);
    /// Draws the chart into any painter (a report's page) scaled into `target`, laid out as if it were
    /// `layoutSize` pixels: vector, so lines stay sharp and words stay text.
    void paint(QPainter& painter, const QRectF& target, const QSize& layoutSize);
    /// Text of the title, axes, legend and labels (a report sets its own font; the screen keeps the application's).
    void setTextFont(const QFont& font);
    /// What is drawn, in words: "NAME STEP=VALUE" per point.
    QStringList describe() const;

private:
    std::unique_ptr<ChartFrame> m_frame;
};

} // namespace ntm::gui
