// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace ntm::gui {

/// A count over time drawn as steps, with shaded bands for periods (a rotated official's tenure, labelled
/// with the name), markers at events (recognition) and a line at the "as of" date.
///
/// It is our own small interface so that the views do not depend on Qt Charts (deprecated from Qt 6.10):
/// only StepChart.cpp includes it, and a replacement changes that one file.
class StepChart final : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QDate date;
        double value = 0;
    };
    struct Band
    {
        QDate from;
        QDate to;
        QString label;
    };
    struct Marker
    {
        QDate date;
        QString label;
    };

    explicit StepChart(QWidget* parent = nullptr);
    ~StepChart() override;

    void setTitle(const QString& title);
    void setValueAxis(const QString& title, double maximum);
    /// Replaces everything drawn: the step line (kept level until `until`), bands, markers and the as-of line.
    void setData(const QList<Point>& points, const QDate& until, const QList<Band>& bands, const QList<Marker>& markers,
                 const QDate& asOf);
    /// The chart as a picture (for screenshots).
    QPixmap render(const QSize& size);
    /// Text of the title, axes and legend (a report sets its own font; the screen keeps the application's).
    void setTextFont(const QFont& font);
    /// Draws the chart into any painter (a PDF page, a printer) scaled into `target`, laid out as if it were
    /// `layoutSize` pixels: vector, so lines stay sharp and words stay text. Fonts given in pixels scale with it.
    void paint(QPainter& painter, const QRectF& target, const QSize& layoutSize);
    /// What is drawn, in words, for tests and accessibility: one line per series.
    QStringList describe() const;

private:
    class Impl;
    Impl* m_impl;
};

} // namespace ntm::gui
