// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

namespace ntm::gui {

class ChartFrame;

/// Several values over time, one line each (e.g. average criteria met per district), with an emphasised line
/// (the whole province). Our own small interface, so views do not depend on Qt Charts (see StepChart).
class MultiLineChart final : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QDate date;
        double value = 0;
    };
    struct Series
    {
        QString name;
        QList<Point> points;
        bool emphasised = false;
    };

    explicit MultiLineChart(QWidget* parent = nullptr);
    ~MultiLineChart() override;

    void setTitle(const QString& title);
    /// Replaces what is drawn; the value axis runs from 0 to `maximum`.
    void setData(const QList<Series>& series, double maximum);
    QPixmap render(const QSize& size);
    /// What is drawn, in words: "NAME DATE=VALUE" per point.
    QStringList describe() const;

private:
    std::unique_ptr<ChartFrame> m_frame;
};

} // namespace ntm::gui
