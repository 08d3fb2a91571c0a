// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/MultiLineChart.h"

#include "charts/ChartFrame.h"
#include "util/Dates.h"

#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace ntm::gui {

namespace {
// Dates as decimal years, so that ticks fall on 1 January and the labels ("2016") sit under their year.
qreal decimalYear(const QDate& d)
{
    return d.year() + static_cast<qreal>(d.dayOfYear() - 1) / d.daysInYear();
}
} // namespace

MultiLineChart::MultiLineChart(QWidget* parent) : QWidget(parent), m_frame(std::make_unique<ChartFrame>(this))
{
    m_frame->chart->legend()->setAlignment(Qt::AlignRight);
}

MultiLineChart::~MultiLineChart() = default;

void MultiLineChart::setTitle(const QString& title)
{
    m_frame->chart->setTitle(title);
}

void MultiLineChart::setData(const QList<Series>& series, double maximum)
{
    m_frame->clear();
    QDate first;
    QDate last;
    for (const Series& s : series) {
        for (const Point& p : s.points) {
            first = !first.isValid() || p.date < first ? p.date : first;
            last = !last.isValid() || p.date > last ? p.date : last;
        }
    }
    if (!first.isValid()) {
        return;
    }
    auto* xAxis = new QValueAxis;
    const qreal from = std::floor(decimalYear(first));
    const qreal to = std::max(from + 1, std::ceil(decimalYear(last.addDays(1))));
    xAxis->setRange(from, to);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(from);
    xAxis->setTickInterval(std::max<qreal>(1, std::round((to - from) / 10)));
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, maximum);
    yAxis->setTickCount(std::min(11, static_cast<int>(maximum) + 1));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_frame->addAxis(xAxis, Qt::AlignBottom);
    m_frame->addAxis(yAxis, Qt::AlignLeft);
    int colour = 0;
    for (const Series& s : series) {
        auto* line = new QLineSeries;
        line->setName(s.name);
        line->setPen(s.emphasised ? QPen(Qt::black, 3.5) : QPen(ChartFrame::colour(colour++), 1.8));
        line->setPointsVisible(true);
        for (const Point& p : s.points) {
            line->append(decimalYear(p.date), p.value);
            m_frame->description.append(QStringLiteral("%1 %2=%3").arg(s.name, core::dates::toIso(p.date)).arg(p.value));
        }
        m_frame->chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
}

QPixmap MultiLineChart::render(const QSize& size)
{
    return m_frame->render(size);
}

QStringList MultiLineChart::describe() const
{
    return m_frame->description;
}

} // namespace ntm::gui
