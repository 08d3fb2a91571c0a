// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineLayout.h"

#include "util/Dates.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr double kMinLabelWidth = 190;
constexpr double kMaxLabelWidth = 340;
constexpr double kLabelGap = 8;

} // namespace

QString TimelineLayout::rowText(const TimelineRow& row)
{
    return QStringLiteral("%1. %2").arg(row.number).arg(row.name);
}

TimelineLayout::TimelineLayout(const CriterionTimeline& timeline, const QFont& font, double pixelsPerYear,
                               const QString& title)
    : m_t(timeline), m_font(font), m_title(title), m_ppy(pixelsPerYear)
{
    const QFontMetricsF fm(m_font);
    const QFontMetricsF bold(boldFont());
    m_laneHeight = std::ceil(fm.height() + 6);
    m_rowHeight = std::ceil(fm.height() + 10);
    // An empty timeline (no commune chosen yet) still gets an axis: the current year.
    const QDate asOf = m_t.asOf.isValid() ? m_t.asOf : QDate::currentDate();
    const QDate last = m_t.until.isValid() ? m_t.until.addDays(-1) : asOf;
    m_firstYear = m_t.from.isValid() && m_t.from < m_t.until ? m_t.from.year() : asOf.year();
    m_years = std::max({1, asOf.year() - m_firstYear + 1, last.year() - m_firstYear + 1});

    double widest = 0;
    for (const TimelineBlock& b : m_t.blocks) {
        widest = std::max(widest, bold.horizontalAdvance(b.setCodes.join(QStringLiteral(", "))));
        for (const TimelineRow& r : b.rows) {
            widest = std::max(widest, fm.horizontalAdvance(rowText(r)));
        }
    }
    m_labelWidth = std::clamp(std::ceil(widest) + 2 * kLabelGap, kMinLabelWidth, kMaxLabelWidth);
    if (!m_title.isEmpty()) {
        m_titleHeight = std::ceil(QFontMetricsF(titleFont()).height() * 1.5 + m_laneHeight + 6);
    }
    m_size.setWidth(m_labelWidth + m_years * m_ppy + kRightPad);
    layOutLabels();

    double y = m_headerHeight;
    for (int b = 0; b < m_t.blocks.size(); ++b) {
        m_lines.append({b, -1, y});
        y += m_rowHeight;
        for (int r = 0; r < m_t.blocks.at(b).rows.size(); ++r) {
            m_lines.append({b, r, y});
            y += m_rowHeight;
        }
    }
    m_size.setHeight(y + 8);
}

QFont TimelineLayout::boldFont() const
{
    QFont f = m_font;
    f.setBold(true);
    return f;
}

QFont TimelineLayout::titleFont() const
{
    QFont f = boldFont();
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(m_font.pixelSize() * 1.35))));
    return f;
}

double TimelineLayout::x(const QDate& date) const
{
    const double years = (date.year() - m_firstYear) + static_cast<double>(date.dayOfYear() - 1) / date.daysInYear();
    return m_labelWidth + years * m_ppy;
}

QDate TimelineLayout::dateAt(double x) const
{
    const double years = std::max(0.0, (x - m_labelWidth) / m_ppy);
    const int year = m_firstYear + static_cast<int>(std::floor(years));
    const QDate first(year, 1, 1);
    return first.addDays(static_cast<qint64>(std::floor((years - std::floor(years)) * first.daysInYear())));
}

QPair<double, double> TimelineLayout::tenureX(int index) const
{
    const TimelineTenure& t = m_t.tenures.at(index);
    const QDate end = t.end.isValid() ? t.end.addDays(1) : m_t.until;
    return {x(t.start), x(std::max(end, t.start.addDays(1)))};
}

void TimelineLayout::layOutLabels()
{
    const QFontMetricsF fm(m_font);
    QList<LaneLabel> tenures;
    for (int i = 0; i < m_t.tenures.size(); ++i) {
        const auto [x0, x1] = tenureX(i);
        LaneLabel l;
        l.kind = LaneLabel::Tenure;
        l.index = i;
        l.text = m_t.tenures.at(i).officialName;
        l.band = QRectF(x0, 0, x1 - x0, 0);
        l.rect = QRectF(x0 + 4, 0, fm.horizontalAdvance(l.text) + 2, 0);
        tenures.append(l);
    }
    QList<LaneLabel> events;
    auto marker = [&](LaneLabel::Kind kind, int index, const QDate& date, const QString& text) {
        LaneLabel l;
        l.kind = kind;
        l.index = index;
        l.x = x(date);
        l.text = text;
        const double w = fm.horizontalAdvance(text) + 2;
        // Beside the marker, on its left when it would run off the chart.
        l.rect = l.x + 10 + w <= chartRight() ? QRectF(l.x + 10, 0, w, 0) : QRectF(l.x - 10 - w, 0, w, 0);
        events.append(l);
    };
    for (int i = 0; i < m_t.recognitions.size(); ++i) {
        const Recognition& r = m_t.recognitions.at(i);
        marker(LaneLabel::Recognition, i, r.decidedOn,
               r.tier == RecognitionTier::Ntm
                   ? tr("Recognised NTM %1").arg(dates::toDisplay(r.decidedOn))
                   : tr("Recognised %1 %2").arg(Vocabulary::label(r.tier), dates::toDisplay(r.decidedOn)));
    }
    if (m_t.until.isValid() && m_t.until <= m_t.asOf) {
        marker(LaneLabel::CommuneEnd, 0, m_t.until,
               tr("Last day of the commune %1").arg(dates::toDisplay(m_t.until.addDays(-1))));
    }
    if (m_t.asOf.isValid()) {
        marker(LaneLabel::AsOf, 0, m_t.asOf, tr("As of %1").arg(dates::toDisplay(m_t.asOf)));
    }

    double top = m_titleHeight;
    placeInLanes(tenures, top, &m_officialsLane);
    top = m_officialsLane.bottom();
    placeInLanes(events, top, &m_eventsLane);
    m_setsLane = QRectF(m_labelWidth, m_eventsLane.bottom(), m_size.width() - m_labelWidth, m_laneHeight);
    const double axisLines = m_ppy >= 360 ? 2 : 1; // month numbers on a second line when there is room
    m_axisLane = QRectF(m_labelWidth, m_setsLane.bottom(), m_setsLane.width(), axisLines * m_laneHeight);
    m_headerHeight = m_axisLane.bottom() + 4;
    m_laneLabels = tenures + events;
}

void TimelineLayout::placeInLanes(QList<LaneLabel>& labels, double top, QRectF* lane)
{
    std::sort(labels.begin(), labels.end(),
              [](const LaneLabel& a, const LaneLabel& b) { return a.rect.left() < b.rect.left(); });
    QList<double> ends; // right edge of what is already placed, per line of the lane
    for (LaneLabel& l : labels) {
        const double left = std::min({l.rect.left(), l.band.isNull() ? l.x - 8 : l.band.left()});
        const double right = std::max({l.rect.right(), l.band.isNull() ? l.x + 8 : l.band.right()});
        int line = 0;
        while (line < ends.size() && ends.at(line) + 6 > left) {
            ++line;
        }
        if (line == ends.size()) {
            ends.append(right);
        } else {
            ends[line] = right;
        }
        const double y = top + line * m_laneHeight;
        l.rect = QRectF(l.rect.left(), y + 2, l.rect.width(), m_laneHeight - 4);
        if (l.kind == LaneLabel::Tenure) {
            l.band = QRectF(l.band.left(), y + 1, l.band.width(), m_laneHeight - 2);
        }
    }
    *lane = QRectF(m_labelWidth, top, m_size.width() - m_labelWidth, ends.size() * m_laneHeight);
}

int TimelineLayout::lineOf(int block, int row) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).block == block && m_lines.at(i).row == row) {
            return i;
        }
    }
    return -1;
}

QRectF TimelineLayout::lineRect(int line) const
{
    return QRectF(0, m_lines.at(line).top, m_size.width(), m_rowHeight);
}

const TimelineRow* TimelineLayout::row(int block, int row) const
{
    if (block < 0 || block >= m_t.blocks.size() || row < 0 || row >= m_t.blocks.at(block).rows.size()) {
        return nullptr;
    }
    return &m_t.blocks.at(block).rows.at(row);
}

const TimelineSpan* TimelineLayout::span(const TimelineSpanRef& ref) const
{
    const TimelineRow* r = row(ref.block, ref.row);
    return r && ref.span >= 0 && ref.span < r->spans.size() ? &r->spans.at(ref.span) : nullptr;
}

QRectF TimelineLayout::spanRect(const TimelineSpanRef& ref) const
{
    const TimelineSpan* s = span(ref);
    const int line = s ? lineOf(ref.block, ref.row) : -1;
    if (line < 0) {
        return {};
    }
    const double top = m_lines.at(line).top + 3;
    return QRectF(QPointF(x(s->from), top), QPointF(x(s->until), top + m_rowHeight - 6));
}

int TimelineLayout::lineAt(double y) const
{
    if (y < m_headerHeight) {
        return -1;
    }
    const int line = static_cast<int>((y - m_headerHeight) / m_rowHeight);
    return line < m_lines.size() ? line : -1;
}

TimelineSpanRef TimelineLayout::spanAt(const QPointF& point) const
{
    const int line = lineAt(point.y());
    if (line < 0 || m_lines.at(line).row < 0 || point.x() < m_labelWidth) {
        return {};
    }
    const Line& l = m_lines.at(line);
    const TimelineRow& r = m_t.blocks.at(l.block).rows.at(l.row);
    for (int i = 0; i < r.spans.size(); ++i) {
        const TimelineSpanRef ref{l.block, l.row, i};
        const QRectF rect = spanRect(ref);
        // A span narrower than a few pixels still takes a click on its row.
        if (point.x() >= std::min(rect.left(), rect.center().x() - 3) &&
            point.x() < std::max(rect.right(), rect.center().x() + 3)) {
            return ref;
        }
    }
    return {};
}

} // namespace ntm::gui
