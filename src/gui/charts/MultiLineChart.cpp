// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/MultiLineChart.h"

#include "charts/ChartFrame.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace ntm::gui {

MultiLineChart::MultiLineChart(QWidget* parent) : QWidget(parent), m_frame(std::make_unique<ChartFrame>(this))
{
    QLegend* legend = m_frame->chart->legend();
    legend->setAlignment(Qt::AlignRight);
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85); // a line per district: the legend must hold fourteen
    legend->setFont(small);
}

MultiLineChart::~MultiLineChart() = default;

void MultiLineChart::setTitle(const QString& title)
{
    m_frame->chart->setTitle(title);
}

void MultiLineChart::setData(const QStringList& steps, const QList<Series>& series, double maximum)
{
    m_frame->clear();
    if (steps.isEmpty()) {
        return;
    }
    // Steps sit at 0, 1, 2... with their label under them.
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        xAxis->append(steps.at(i), static_cast<qreal>(i));
    }
    xAxis->setRange(-0.3, std::max<qreal>(1, steps.size() - 0.7));
    if (steps.size() > 10) {
        xAxis->setLabelsAngle(-90);
    }
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
        for (qsizetype i = 0; i < s.values.size() && i < steps.size(); ++i) {
            if (s.values.at(i)) {
                line->append(static_cast<qreal>(i), *s.values.at(i));
                m_frame->description.append(QStringLiteral("%1 %2=%3").arg(s.name, steps.at(i)).arg(*s.values.at(i)));
            }
        }
        m_frame->chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    m_frame->applyTextFont();
}

QPixmap MultiLineChart::render(const QSize& size)
{
    return m_frame->render(size);
}

void MultiLineChart::paint(QPainter& painter, const QRectF& target, const QSize& layoutSize)
{
    m_frame->paint(painter, target, layoutSize);
}

void MultiLineChart::setTextFont(const QFont& font)
{
    m_frame->setTextFont(font);
}

QStringList MultiLineChart::describe() const
{
    return m_frame->description;
}

} // namespace ntm::gui
