// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/BarLineChart.h"

#include "charts/ChartFrame.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ntm::gui {

namespace {
/// Room above the tallest bar for its value label, which Qt Charts would otherwise cut at the plot's top.
constexpr double kLabelHeadroom = 1.12;

/// A value axis from 0 to a round number above `maximum`, with whole-number labels.
QValueAxis* countAxis(double maximum)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, maximum * kLabelHeadroom));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}
} // namespace

BarLineChart::BarLineChart(QWidget* parent) : QWidget(parent), m_frame(std::make_unique<ChartFrame>(this))
{
}

BarLineChart::~BarLineChart() = default;

void BarLineChart::setTitle(const QString& title)
{
    m_frame->chart->setTitle(title);
}

void BarLineChart::setData(const QStringList& categories, const QString& barName, const QList<double>& bars,
                           const QString& lineName, const QList<double>& line)
{
    m_frame->clear();
    if (categories.isEmpty()) {
        return;
    }
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    if (categories.size() > 10) {
        xAxis->setLabelsAngle(-90); // many years: upright labels keep their room
    }
    m_frame->addAxis(xAxis, Qt::AlignBottom);
    auto* barAxis = countAxis(bars.isEmpty() ? 1 : *std::max_element(bars.cbegin(), bars.cend()));
    auto* lineAxis = countAxis(line.isEmpty() ? 1 : *std::max_element(line.cbegin(), line.cend()));
    m_frame->addAxis(barAxis, Qt::AlignLeft);
    m_frame->addAxis(lineAxis, Qt::AlignRight);
    auto* set = new QBarSet(barName);
    set->setColor(ChartFrame::colour(0));
    auto* barSeries = new QBarSeries;
    barSeries->append(set);
    barSeries->setLabelsVisible(true);
    barSeries->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(ChartFrame::colour(0).darker(160));
    auto* lineSeries = new QLineSeries;
    lineSeries->setName(lineName);
    lineSeries->setPen(QPen(ChartFrame::colour(1), 2.5));
    lineSeries->setPointsVisible(true);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const double b = bars.value(i);
        const double l = line.value(i);
        *set << b;
        lineSeries->append(static_cast<qreal>(i), l);
        m_frame->description.append(QStringLiteral("bar %1=%2").arg(categories.at(i)).arg(b));
        m_frame->description.append(QStringLiteral("line %1=%2").arg(categories.at(i)).arg(l));
    }
    m_frame->chart->addSeries(barSeries);
    barSeries->attachAxis(xAxis);
    barSeries->attachAxis(barAxis);
    m_frame->chart->addSeries(lineSeries);
    lineSeries->attachAxis(xAxis);
    lineSeries->attachAxis(lineAxis);
    m_barAxisMaximum = barAxis->max();
    barAxis->setLabelsColor(ChartFrame::colour(0).darker(120));
    lineAxis->setLabelsColor(ChartFrame::colour(1).darker(120));
    m_frame->applyTextFont();
}

QPixmap BarLineChart::render(const QSize& size)
{
    return m_frame->render(size);
}

void BarLineChart::paint(QPainter& painter, const QRectF& target, const QSize& layoutSize)
{
    m_frame->paint(painter, target, layoutSize);
}

void BarLineChart::setTextFont(const QFont& font)
{
    m_frame->setTextFont(font);
}

double BarLineChart::barAxisMaximum() const
{
    return m_barAxisMaximum;
}

QStringList BarLineChart::describe() const
{
    return m_frame->description;
}

} // namespace ntm::gui
