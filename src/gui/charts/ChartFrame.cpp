// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartFrame.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLegend>
#include <QVBoxLayout>

namespace ntm::gui {

ChartFrame::ChartFrame(QWidget* owner) : chart(new QChart), view(new QChartView(chart, owner))
{
    view->setRenderHint(QPainter::Antialiasing);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true); // "5,83" in Vietnamese, as in the tables
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
}

void ChartFrame::clear()
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    description.clear();
}

void ChartFrame::addAxis(QAbstractAxis* axis, Qt::Alignment alignment)
{
    axis->setTruncateLabels(false);
    chart->addAxis(axis, alignment);
}

QPixmap ChartFrame::render(const QSize& size)
{
    const QSize old = view->size();
    view->resize(size);
    QPixmap out = view->grab();
    view->resize(old);
    return out;
}

void ChartFrame::paint(QPainter& painter, const QRectF& target, const QSize& layoutSize)
{
    // A view that is never shown does not resize its chart: size the chart itself, and let its layout run.
    // Only layout requests: other posted events belong to the caller.
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(layoutSize)));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    chart->scene()->render(&painter, target, chart->geometry(), Qt::KeepAspectRatio);
}

void ChartFrame::setTextFont(const QFont& font)
{
    m_font = font;
    m_hasFont = true;
    applyTextFont();
}

void ChartFrame::applyTextFont()
{
    if (!m_hasFont) {
        return;
    }
    QFont title = m_font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(m_font);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(m_font);
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                set->setLabelFont(m_font);
            }
        }
    }
}

QColor ChartFrame::colour(int n)
{
    // Tableau 20: distinct on screen and in print, dark then light of each hue.
    static const QList<QColor> colours{
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
        QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
        QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf), QColor(0xae, 0xc7, 0xe8), QColor(0xff, 0xbb, 0x78),
        QColor(0x98, 0xdf, 0x8a), QColor(0xff, 0x98, 0x96), QColor(0xc5, 0xb0, 0xd5), QColor(0xc4, 0x9c, 0x94),
        QColor(0xf7, 0xb6, 0xd2), QColor(0xc7, 0xc7, 0xc7), QColor(0xdb, 0xdb, 0x8d), QColor(0x9e, 0xda, 0xe5)};
    return colours.at(n % colours.size());
}

} // namespace ntm::gui
