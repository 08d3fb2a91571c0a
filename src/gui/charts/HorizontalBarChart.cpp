// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/HorizontalBarChart.h"

#include "charts/ChartFrame.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace ntm::gui {

HorizontalBarChart::HorizontalBarChart(QWidget* parent) : QWidget(parent), m_frame(std::make_unique<ChartFrame>(this))
{
    m_frame->chart->legend()->hide(); // one series: the title says what it is
}

HorizontalBarChart::~HorizontalBarChart() = default;

void HorizontalBarChart::setTitle(const QString& title)
{
    m_frame->chart->setTitle(title);
}

void HorizontalBarChart::setData(const QStringList& categories, const QString& seriesName, const QList<double>& values,
                                 int decimals)
{
    m_frame->clear();
    if (categories.isEmpty()) {
        return;
    }
    // Qt draws the first category at the bottom: add them in reverse so the list reads from the top.
    auto* yAxis = new QBarCategoryAxis;
    auto* set = new QBarSet(seriesName);
    set->setColor(ChartFrame::colour(0));
    for (qsizetype i = categories.size() - 1; i >= 0; --i) {
        yAxis->append(categories.at(i));
        *set << values.value(i);
    }
    for (qsizetype i = 0; i < categories.size(); ++i) {
        m_frame->description.append(QStringLiteral("%1=%2").arg(categories.at(i)).arg(values.value(i)));
    }
    const double most = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    const double least = values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend());
    auto* xAxis = new QValueAxis;
    xAxis->setRange(std::min(0.0, least), std::max(1.0, most * 1.1)); // room for the labels past the bars
    xAxis->applyNiceNumbers();
    xAxis->setLabelFormat(decimals > 0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_frame->addAxis(yAxis, Qt::AlignLeft);
    m_frame->addAxis(xAxis, Qt::AlignBottom);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(ChartFrame::colour(0).darker(160));
    series->setLabelsPrecision(decimals > 0 ? decimals + 1 : 6);
    m_frame->chart->addSeries(series);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    m_frame->applyTextFont();
}

QPixmap HorizontalBarChart::render(const QSize& size)
{
    return m_frame->render(size);
}

void HorizontalBarChart::paint(QPainter& painter, const QRectF& target, const QSize& layoutSize)
{
    m_frame->paint(painter, target, layoutSize);
}

void HorizontalBarChart::setTextFont(const QFont& font)
{
    m_frame->setTextFont(font);
}

QStringList HorizontalBarChart::describe() const
{
    return m_frame->description;
}

} // namespace ntm::gui
