// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelinePainter.h"

#include "common/Palette.h"
#include "util/Dates.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

namespace ntm::gui {

using namespace ntm::core;

namespace {
const QColor kAsOf(0x1f, 0x3a, 0x93);
const QColor kRecognition(0x1b, 0x7f, 0x3b);
const QColor kChange(0x50, 0x50, 0x50);
const QColor kGrid(0xe3, 0xe3, 0xe3);
const QColor kBorder(0xb0, 0xb0, 0xb0);
const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kBlock(0xee, 0xf1, 0xf5);
const QColor kSetFill(0xf4, 0xf6, 0xfa);
const QColor kSelectedRow(0xdd, 0xe6, 0xf5);

QColor solid(QColor c)
{
    c.setAlpha(255);
    return c.darker(115);
}

void fillSpan(QPainter& p, const QRectF& r, const TimelineSpan& s)
{
    const QColor c = palette::status(s.status);
    p.setPen(QPen(c.darker(135), 1));
    p.setBrush(c);
    p.drawRect(r);
    if (!s.carriedFromSet.isEmpty() || s.viaCrosswalk) {
        // Carried over from an older set: the same colour, hatched, until the commune is assessed again. Drawn
        // as lines rather than a pattern brush, whose pixel pattern turns to dust on a 300 dpi PDF page.
        p.save();
        p.setClipRect(r.adjusted(1, 1, -1, -1), Qt::IntersectClip);
        p.setPen(QPen(QColor(255, 255, 255, 150), 1.2));
        constexpr double gap = 6;
        for (double x = r.left() - r.height(); x < r.right(); x += gap) {
            p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
        }
        p.restore();
    }
}

void drawMarker(QPainter& p, TimelineLayout::LaneLabel::Kind kind, const QPointF& at, double size)
{
    p.setPen(Qt::NoPen);
    QPainterPath path;
    if (kind == TimelineLayout::LaneLabel::Recognition) {
        p.setBrush(kRecognition);
        for (int i = 0; i < 10; ++i) { // a five-pointed star
            const double r = (i % 2 == 0 ? size : size * 0.45);
            const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            const QPointF pt(at.x() + r * std::cos(a), at.y() + r * std::sin(a));
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
    } else if (kind == TimelineLayout::LaneLabel::AsOf) {
        p.setBrush(kAsOf);
        path.moveTo(at.x() - size, at.y() - size * 0.8);
        path.lineTo(at.x() + size, at.y() - size * 0.8);
        path.lineTo(at.x(), at.y() + size);
    } else {
        p.setBrush(kMuted);
        path.addRect(QRectF(at.x() - size * 0.7, at.y() - size * 0.7, size * 1.4, size * 1.4));
    }
    path.closeSubpath();
    p.drawPath(path);
}
} // namespace

QFont TimelinePainter::baseFont(int pixelSize)
{
    QFont f = QApplication::font();
    f.setPixelSize(std::max(6, pixelSize));
    return f;
}

void TimelinePainter::paint(QPainter& p, const QRectF& visible) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setFont(m_l.font());
    p.fillRect(visible, Qt::white);
    const double lw = m_l.labelWidth();
    const double hh = m_l.headerHeight();
    p.setClipRect(QRectF(visible.left() + lw, visible.top() + hh, visible.width() - lw, visible.height() - hh));
    paintRows(p, visible);
    p.setClipRect(QRectF(visible.left() + lw, visible.top(), visible.width() - lw, hh));
    p.translate(0, visible.top());
    paintHeader(p);
    p.translate(visible.left(), -visible.top());
    p.setClipRect(QRectF(0, visible.top() + hh, lw, visible.height() - hh));
    paintRowLabels(p, visible);
    p.translate(0, visible.top());
    p.setClipRect(QRectF(0, 0, lw, hh));
    paintCorner(p);
    if (!m_l.title().isEmpty()) {
        p.setClipRect(QRectF(0, 0, visible.width(), m_l.titleHeight()));
        paintTitle(p, visible.width());
    }
    p.restore();
}

void TimelinePainter::paintRows(QPainter& p, const QRectF& visible) const
{
    const CriterionTimeline& t = m_l.timeline();
    const double top = m_l.headerHeight();
    const double bottom = m_l.size().height();
    for (int i = 0; i < m_l.lines().size(); ++i) {
        const TimelineLayout::Line& line = m_l.lines().at(i);
        const QRectF r = m_l.lineRect(i);
        if (!r.intersects(visible)) {
            continue;
        }
        if (line.row < 0) {
            const TimelineBlock& b = t.blocks.at(line.block);
            p.fillRect(QRectF(QPointF(m_l.x(b.from), r.top()), QPointF(m_l.x(b.until), r.bottom())), kBlock);
        } else if (line.block == m_selected.block && line.row == m_selected.row) {
            p.fillRect(r, kSelectedRow);
        }
    }
    p.setPen(QPen(kGrid, 1));
    for (int y = 0; y <= m_l.years(); ++y) {
        const double x = m_l.x(QDate(m_l.firstYear() + y, 1, 1));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    for (int i = 0; i < t.tenures.size(); ++i) {
        const auto [x0, x1] = m_l.tenureX(i);
        p.fillRect(QRectF(QPointF(x0, top), QPointF(x1, bottom)), palette::band(i));
    }
    paintSpans(p, visible);
    paintVerticals(p, top, bottom);
    if (const QRectF sel = m_l.spanRect(m_selected); !sel.isNull()) {
        p.setPen(QPen(Qt::black, 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(sel.adjusted(-1.5, -1.5, 1.5, 1.5));
    }
}

void TimelinePainter::paintSpans(QPainter& p, const QRectF& visible) const
{
    const QFontMetricsF fm(m_l.font());
    for (int i = 0; i < m_l.lines().size(); ++i) {
        const TimelineLayout::Line& line = m_l.lines().at(i);
        if (line.row < 0 || !m_l.lineRect(i).intersects(visible)) {
            continue;
        }
        const TimelineRow& row = *m_l.row(line.block, line.row);
        for (int s = 0; s < row.spans.size(); ++s) {
            const QRectF r = m_l.spanRect({line.block, line.row, s});
            if (r.right() < visible.left() || r.left() > visible.right()) {
                continue;
            }
            fillSpan(p, r, row.spans.at(s));
            const QString symbol = palette::statusSymbol(row.spans.at(s).status);
            if (!symbol.isEmpty() && r.width() >= fm.horizontalAdvance(symbol) + 8) {
                p.setPen(kText);
                p.drawText(r, Qt::AlignCenter, symbol);
            }
        }
    }
}

void TimelinePainter::paintVerticals(QPainter& p, double top, double bottom) const
{
    const CriterionTimeline& t = m_l.timeline();
    for (int i = 0; i < t.tenures.size(); ++i) {
        const auto [x0, x1] = m_l.tenureX(i);
        p.setPen(QPen(solid(palette::band(i)), 1.5));
        p.drawLine(QPointF(x0, top), QPointF(x0, bottom));
        p.drawLine(QPointF(x1, top), QPointF(x1, bottom));
    }
    for (const TimelineSetChange& c : t.changes) {
        p.setPen(QPen(kChange, c.sameFamily ? 1.5 : 2.5, c.sameFamily ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(QPointF(m_l.x(c.date), top), QPointF(m_l.x(c.date), bottom));
    }
    for (const Recognition& r : t.recognitions) {
        p.setPen(QPen(kRecognition, 2));
        p.drawLine(QPointF(m_l.x(r.decidedOn), top), QPointF(m_l.x(r.decidedOn), bottom));
    }
    if (t.until.isValid() && t.until <= t.asOf) {
        p.setPen(QPen(kMuted, 1.5));
        p.drawLine(QPointF(m_l.x(t.until), top), QPointF(m_l.x(t.until), bottom));
    }
    if (t.asOf.isValid()) {
        p.setPen(QPen(kAsOf, 2, Qt::DashLine));
        p.drawLine(QPointF(m_l.x(t.asOf), top), QPointF(m_l.x(t.asOf), bottom));
    }
}

void TimelinePainter::paintHeader(QPainter& p) const
{
    const CriterionTimeline& t = m_l.timeline();
    const double hh = m_l.headerHeight();
    p.fillRect(QRectF(m_l.labelWidth(), m_l.titleHeight(), m_l.size().width(), hh - m_l.titleHeight()), Qt::white);
    const QFontMetricsF fm(m_l.font());
    for (const TimelineSetPeriod& s : t.sets) {
        const QRectF r(QPointF(m_l.x(s.from), m_l.setsLane().top() + 2),
                       QPointF(m_l.x(s.until), m_l.setsLane().bottom() - 2));
        p.setPen(QPen(kBorder, 1));
        p.setBrush(kSetFill);
        p.drawRect(r);
        p.setPen(kText);
        p.drawText(r.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(s.setCode, Qt::ElideRight, std::max(0.0, r.width() - 6)));
    }
    paintAxis(p);
    paintLaneLabels(p);
    // The lines of the events continue through the sets and years lanes down to the rows.
    paintVerticals(p, m_l.setsLane().top(), hh);
    p.setPen(QPen(kBorder, 1));
    p.drawLine(QPointF(m_l.labelWidth(), hh - 0.5), QPointF(m_l.size().width(), hh - 0.5));
}

void TimelinePainter::paintAxis(QPainter& p) const
{
    const QRectF lane = m_l.axisLane();
    const QFontMetricsF fm(m_l.font());
    const double ppy = m_l.pixelsPerYear();
    const int every =
        std::max(1, static_cast<int>(std::ceil((fm.horizontalAdvance(QStringLiteral("2026")) + 8) / ppy)));
    const double lineH = m_l.laneHeight();
    for (int y = 0; y <= m_l.years(); ++y) {
        const int year = m_l.firstYear() + y;
        const double x = m_l.x(QDate(year, 1, 1));
        p.setPen(QPen(kBorder, 1));
        p.drawLine(QPointF(x, lane.top()), QPointF(x, lane.bottom()));
        if (y < m_l.years() && y % every == 0) {
            p.setPen(kText);
            const QRectF cell =
                every == 1 ? QRectF(x, lane.top(), ppy, lineH) : QRectF(x + 3, lane.top(), ppy * every, lineH);
            p.drawText(cell, Qt::AlignVCenter | (every == 1 ? Qt::AlignHCenter : Qt::AlignLeft), QString::number(year));
        }
        if (y == m_l.years() || ppy < 120) {
            continue;
        }
        // Months: ticks once a year is wide enough, their numbers on a second line when wider still.
        for (int m = 1; m <= 12; ++m) {
            const double mx = m_l.x(QDate(year, m, 1));
            const double next = m_l.x(m == 12 ? QDate(year + 1, 1, 1) : QDate(year, m + 1, 1));
            p.setPen(QPen(kGrid.darker(120), 1));
            p.drawLine(QPointF(mx, lane.bottom() - 4), QPointF(mx, lane.bottom()));
            if (lane.height() > lineH) {
                p.setPen(kMuted);
                p.drawText(QRectF(mx, lane.top() + lineH, next - mx, lineH), Qt::AlignCenter, QString::number(m));
            }
        }
    }
}

void TimelinePainter::paintLaneLabels(QPainter& p) const
{
    const double size = m_l.laneHeight() * 0.3;
    for (const TimelineLayout::LaneLabel& l : m_l.laneLabels()) {
        if (l.kind == TimelineLayout::LaneLabel::Tenure) {
            QColor fill = palette::band(l.index);
            fill.setAlpha(140);
            p.setPen(QPen(solid(fill), 1));
            p.setBrush(fill);
            p.drawRect(l.band);
            p.setPen(kText);
        } else {
            drawMarker(p, l.kind, QPointF(l.x, l.rect.center().y()), size);
            p.setPen(l.kind == TimelineLayout::LaneLabel::Recognition ? kRecognition
                     : l.kind == TimelineLayout::LaneLabel::AsOf      ? kAsOf
                                                                      : kMuted);
        }
        p.drawText(l.rect, Qt::AlignVCenter | Qt::AlignLeft, l.text);
    }
}

void TimelinePainter::paintRowLabels(QPainter& p, const QRectF& visible) const
{
    const CriterionTimeline& t = m_l.timeline();
    const double lw = m_l.labelWidth();
    p.fillRect(QRectF(0, visible.top(), lw, visible.height()), Qt::white);
    const QFontMetricsF fm(m_l.font());
    const QFontMetricsF bold(m_l.boldFont());
    for (int i = 0; i < m_l.lines().size(); ++i) {
        const TimelineLayout::Line& line = m_l.lines().at(i);
        const QRectF r(0, line.top, lw, m_l.rowHeight());
        if (r.bottom() < visible.top() || r.top() > visible.bottom()) {
            continue;
        }
        const QRectF text = r.adjusted(8, 0, -8, 0);
        if (line.row < 0) {
            p.fillRect(r, kBlock);
            p.setFont(m_l.boldFont());
            p.setPen(kText);
            const QString codes = t.blocks.at(line.block).setCodes.join(QStringLiteral(", "));
            p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, bold.elidedText(codes, Qt::ElideRight, text.width()));
            p.setFont(m_l.font());
            continue;
        }
        if (line.block == m_selected.block && line.row == m_selected.row) {
            p.fillRect(r, kSelectedRow);
        }
        p.setPen(kText);
        p.drawText(
            text, Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(TimelineLayout::rowText(*m_l.row(line.block, line.row)), Qt::ElideRight, text.width()));
    }
    p.setPen(QPen(kBorder, 1));
    p.drawLine(QPointF(lw - 0.5, visible.top()), QPointF(lw - 0.5, visible.bottom()));
}

void TimelinePainter::paintCorner(QPainter& p) const
{
    const double lw = m_l.labelWidth();
    p.fillRect(QRectF(0, m_l.titleHeight(), lw, m_l.headerHeight() - m_l.titleHeight()), Qt::white);
    p.setPen(kMuted);
    const auto name = [&](const QRectF& lane, const QString& text) {
        if (lane.height() > 0) {
            p.drawText(QRectF(8, lane.top(), lw - 16, m_l.laneHeight()), Qt::AlignVCenter | Qt::AlignRight, text);
        }
    };
    name(m_l.officialsLane(), tr("Rotated officials"));
    name(m_l.eventsLane(), tr("Events"));
    name(m_l.setsLane(), tr("Criteria set"));
    name(m_l.axisLane(), tr("Year"));
    p.setPen(QPen(kBorder, 1));
    p.drawLine(QPointF(lw - 0.5, m_l.titleHeight()), QPointF(lw - 0.5, m_l.headerHeight()));
    p.drawLine(QPointF(0, m_l.headerHeight() - 0.5), QPointF(lw, m_l.headerHeight() - 0.5));
}

void TimelinePainter::paintTitle(QPainter& p, double width) const
{
    p.fillRect(QRectF(0, 0, width, m_l.titleHeight()), Qt::white);
    const QFontMetricsF tfm(m_l.titleFont());
    p.setFont(m_l.titleFont());
    p.setPen(kText);
    p.drawText(QRectF(8, 0, width - 16, tfm.height() * 1.5), Qt::AlignVCenter | Qt::AlignLeft, m_l.title());
    p.setFont(m_l.font());
    const QFontMetricsF fm(m_l.font());
    const double y = tfm.height() * 1.5;
    const double box = fm.height() * 0.8;
    double x = 8;
    auto item = [&](const QString& text, const std::function<void(const QRectF&)>& swatch) {
        const QRectF s(x, y + (m_l.laneHeight() - box) / 2, box, box);
        swatch(s);
        p.setPen(kText);
        const double w = fm.horizontalAdvance(text);
        p.drawText(QRectF(s.right() + 4, y, w + 2, m_l.laneHeight()), Qt::AlignVCenter | Qt::AlignLeft, text);
        x = s.right() + 4 + w + 16;
    };
    for (CriterionStatus st :
         {CriterionStatus::Met, CriterionStatus::BasicallyMet, CriterionStatus::NotMet, CriterionStatus::NotAssessed}) {
        TimelineSpan span;
        span.status = st;
        item(Vocabulary::label(st), [&](const QRectF& r) { fillSpan(p, r, span); });
    }
    TimelineSpan carried;
    carried.status = CriterionStatus::Met;
    carried.carriedFromSet = QStringLiteral("-");
    item(tr("carried over from the previous set"), [&](const QRectF& r) { fillSpan(p, r, carried); });
    item(tr("rotated official's term"), [&](const QRectF& r) { p.fillRect(r, palette::band(0).darker(110)); });
}

void TimelinePainter::render(QPainter& p, const QRectF& target, const CriterionTimeline& timeline, const QString& title,
                             int fontPixelSize)
{
    const double k = p.device() ? p.device()->logicalDpiX() / 96.0 : 1.0;
    const QFont font = baseFont(fontPixelSize);
    const QSizeF logical(target.width() / k, target.height() / k);
    // Spread the years over the width, then shrink everything if the rows do not fit the height; a second pass
    // widens the years into the room the shrinking made.
    auto fitted = [&](double width) {
        const TimelineLayout probe(timeline, font, 100, title);
        const double room = width - probe.labelWidth() - TimelineLayout::kRightPad;
        return std::max(8.0, room / probe.years());
    };
    double scale = 1;
    double ppy = fitted(logical.width());
    for (int pass = 0; pass < 2; ++pass) {
        const TimelineLayout l(timeline, font, ppy, title);
        scale = std::min({1.0, logical.height() / l.size().height(), logical.width() / l.size().width()});
        ppy = fitted(logical.width() / scale);
    }
    const TimelineLayout layout(timeline, font, ppy, title);
    scale = std::min({1.0, logical.height() / layout.size().height(), logical.width() / layout.size().width()});
    p.save();
    p.translate(target.topLeft());
    p.scale(k * scale, k * scale);
    TimelinePainter(layout).paint(p, QRectF(QPointF(0, 0), layout.size()));
    p.restore();
}

} // namespace ntm::gui
