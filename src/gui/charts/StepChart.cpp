// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/StepChart.h"

#include "common/Palette.h"
#include "util/Dates.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <optional>

namespace ntm::gui {

namespace {
// Dates as decimal years, so that ticks fall on 1 January and the labels ("2016") sit under their year.
qreal ms(const QDate& d)
{
    return d.year() + static_cast<qreal>(d.dayOfYear() - 1) / d.daysInYear();
}
} // namespace

class StepChart::Impl
{
public:
    QChart* chart = new QChart;
    QChartView* view = nullptr;
    QString valueTitle;
    double maximum = 20;
    QStringList description;
    std::optional<QFont> font;
};

StepChart::StepChart(QWidget* parent) : QWidget(parent), m_impl(new Impl)
{
    m_impl->view = new QChartView(m_impl->chart, this);
    m_impl->view->setRenderHint(QPainter::Antialiasing);
    m_impl->chart->legend()->setAlignment(Qt::AlignBottom);
    m_impl->chart->setMargins(QMargins(4, 4, 4, 4));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_impl->view);
}

StepChart::~StepChart()
{
    delete m_impl;
}

void StepChart::setTitle(const QString& title)
{
    m_impl->chart->setTitle(title);
}

void StepChart::setValueAxis(const QString& title, double maximum)
{
    m_impl->valueTitle = title;
    m_impl->maximum = maximum;
}

void StepChart::setData(const QList<Point>& points, const QDate& until, const QList<Band>& bands,
                        const QList<Marker>& markers, const QDate& asOf)
{
    QChart* chart = m_impl->chart;
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_impl->description.clear();
    if (points.isEmpty()) {
        return;
    }
    auto* xAxis = new QValueAxis;
    const qreal first = std::floor(ms(points.constFirst().date));
    const qreal last = std::ceil(ms(until.addDays(1)));
    xAxis->setRange(first, std::max(last, first + 1));
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(first);
    xAxis->setTickInterval(std::max<qreal>(1, std::round((last - first) / 10)));
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setTruncateLabels(false);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, m_impl->maximum);
    yAxis->setTickCount(std::min(11, static_cast<int>(m_impl->maximum) + 1));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTruncateLabels(false);
    if (m_impl->font) {
        xAxis->setLabelsFont(*m_impl->font);
        yAxis->setLabelsFont(*m_impl->font);
    }
    // No axis title: the chart's title says what is counted, and the labels keep their room.
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries* s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };
    int colour = 0;
    for (const Band& b : bands) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        const QDate to = b.to.isValid() ? b.to : until;
        upper->append(ms(b.from), m_impl->maximum);
        upper->append(ms(to), m_impl->maximum);
        lower->append(ms(b.from), 0);
        lower->append(ms(to), 0);
        auto* area = new QAreaSeries(upper, lower);
        // The area series does not own its edge lines: they go with it when the chart removes it.
        upper->setParent(area);
        lower->setParent(area);
        area->setName(b.label);
        const QColor c = palette::band(colour++);
        area->setBrush(c);
        area->setPen(QPen(c.darker(150), 1));
        attach(area);
        m_impl->description.append(
            QStringLiteral("band %1 %2..%3").arg(b.label, core::dates::toIso(b.from), core::dates::toIso(to)));
    }
    auto* steps = new QLineSeries;
    steps->setName(m_impl->valueTitle);
    steps->setPen(QPen(QColor(0x1f, 0x3a, 0x93), 2.5));
    double previous = points.constFirst().value;
    for (const Point& p : points) {
        if (steps->count() > 0) {
            steps->append(ms(p.date), previous);
        }
        steps->append(ms(p.date), p.value);
        previous = p.value;
        m_impl->description.append(QStringLiteral("step %1=%2").arg(core::dates::toIso(p.date)).arg(p.value));
    }
    steps->append(ms(until), previous);
    attach(steps);
    for (const Marker& m : markers) {
        auto* marker = new QScatterSeries;
        marker->setName(m.label);
        marker->setMarkerShape(QScatterSeries::MarkerShapeStar);
        marker->setMarkerSize(16);
        marker->setColor(QColor(0xd6, 0x27, 0x28));
        marker->append(ms(m.date), m_impl->maximum * 0.96);
        attach(marker);
        m_impl->description.append(QStringLiteral("marker %1 %2").arg(m.label, core::dates::toIso(m.date)));
    }
    if (asOf.isValid()) {
        auto* line = new QLineSeries;
        line->setName(tr("As of %1").arg(core::dates::toDisplay(asOf)));
        line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
        line->append(ms(asOf), 0);
        line->append(ms(asOf), m_impl->maximum);
        attach(line);
    }
}

QPixmap StepChart::render(const QSize& size)
{
    const QSize old = m_impl->view->size();
    m_impl->view->resize(size);
    QPixmap out = m_impl->view->grab();
    m_impl->view->resize(old);
    return out;
}

void StepChart::setTextFont(const QFont& font)
{
    m_impl->font = font;
    QFont title = font;
    title.setBold(true);
    m_impl->chart->setTitleFont(title);
    m_impl->chart->legend()->setFont(font);
    for (QAbstractAxis* axis : m_impl->chart->axes()) {
        axis->setLabelsFont(font);
    }
}

void StepChart::paint(QPainter& painter, const QRectF& target, const QSize& layoutSize)
{
    // A view that is never shown does not resize its chart: size the chart itself, and let its layout run.
    // Only layout requests: other posted events (a closed dialog's deferred delete) belong to the caller.
    m_impl->chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(layoutSize)));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_impl->chart->scene()->render(&painter, target, m_impl->chart->geometry(), Qt::KeepAspectRatio);
}

QStringList StepChart::describe() const
{
    return m_impl->description;
}

} // namespace ntm::gui
