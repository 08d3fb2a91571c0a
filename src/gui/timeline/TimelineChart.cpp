// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineChart.h"

#include "timeline/TimelinePainter.h"
#include "timeline/TimelineToolTips.h"
#include "util/Dates.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ntm::gui {

using namespace ntm::core;

TimelineChart::TimelineChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    relayout();
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setTimeline(CriterionTimeline timeline)
{
    // The same span is the one with the same row and start: after a new as-of date it may have grown.
    const TimelineSpan* before = m_layout ? m_layout->span(m_selected) : nullptr;
    const QDate selectedFrom = before ? before->from : QDate();
    const TimelineSpanRef old = m_selected;
    m_t = std::move(timeline);
    m_selected = {};
    relayout();
    if (selectedFrom.isValid()) {
        const TimelineRow* row = m_layout->row(old.block, old.row);
        for (int i = 0; row && i < row->spans.size(); ++i) {
            if (row->spans.at(i).from == selectedFrom) {
                m_selected = {old.block, old.row, i};
            }
        }
    }
    if (!(m_selected == old)) {
        Q_EMIT selectionChanged(m_selected);
    }
}

void TimelineChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void TimelineChart::setScrollArea(QScrollArea* area)
{
    m_scroll = area;
    // The fixed header and names are drawn at the visible edges: every scroll repaints them in place.
    connect(area->horizontalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(area->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    area->viewport()->installEventFilter(this);
}

bool TimelineChart::eventFilter(QObject* watched, QEvent* e)
{
    if (m_scroll && watched == m_scroll->viewport() && e->type() == QEvent::Resize && m_fit) {
        fitToWidth();
    }
    return QWidget::eventFilter(watched, e);
}

void TimelineChart::relayout()
{
    const QFont font = TimelinePainter::baseFont(QFontInfo(this->font()).pixelSize());
    m_layout = std::make_unique<TimelineLayout>(m_t, font, m_ppy);
    const QSizeF size = m_layout->size();
    // Without rows the chart still fills the view, so that the empty text below the lanes shows.
    const int height = static_cast<int>(std::ceil(size.height()));
    resize(static_cast<int>(std::ceil(size.width())),
           m_t.blocks.isEmpty() && m_scroll ? std::max(height, m_scroll->viewport()->height()) : height);
    update();
}

QRect TimelineChart::visibleArea() const
{
    if (!m_scroll) {
        return rect();
    }
    return QRect(QPoint(-x(), -y()), m_scroll->viewport()->size()).intersected(rect());
}

QSize TimelineChart::sizeHint() const
{
    return m_layout->size().toSize();
}

void TimelineChart::setPixelsPerYear(double ppy, std::optional<double> anchor)
{
    ppy = std::clamp(ppy, kMinPixelsPerYear, kMaxPixelsPerYear);
    const QRect vis = visibleArea();
    const double anchorX =
        anchor.value_or((m_layout->labelWidth() + (m_scroll ? m_scroll->viewport()->width() : width())) / 2);
    const QDate date = m_layout->dateAt(vis.left() + anchorX);
    m_ppy = ppy;
    relayout();
    if (m_scroll) {
        m_scroll->horizontalScrollBar()->setValue(static_cast<int>(std::lround(m_layout->x(date) - anchorX)));
    }
    Q_EMIT zoomChanged(m_ppy);
}

void TimelineChart::zoomBy(double factor, std::optional<double> anchor)
{
    m_fit = false;
    setPixelsPerYear(m_ppy * factor, anchor);
}

void TimelineChart::fitToWidth()
{
    m_fit = true;
    const double available =
        (m_scroll ? m_scroll->viewport()->width() : width()) - m_layout->labelWidth() - TimelineLayout::kRightPad;
    const double ppy = std::clamp(available / m_layout->years(), kMinPixelsPerYear, kMaxPixelsPerYear);
    if (std::abs(ppy - m_ppy) >= 0.5) {
        m_ppy = ppy;
        relayout();
        Q_EMIT zoomChanged(m_ppy);
    }
}

void TimelineChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    TimelinePainter painter(*m_layout);
    painter.setSelected(m_selected);
    const QRect vis = visibleArea();
    painter.paint(p, vis);
    if (m_t.blocks.isEmpty() && !m_emptyText.isEmpty()) {
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF area(vis.left() + m_layout->labelWidth(), vis.top() + m_layout->headerHeight(),
                          vis.width() - m_layout->labelWidth(),
                          std::max(80.0, vis.height() - m_layout->headerHeight()));
        p.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
    }
    if (hasFocus() && !m_selected.isValid() && !m_t.blocks.isEmpty()) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        p.drawRect(QRectF(vis).adjusted(1, 1, -2, -2));
    }
}

TimelineSpanRef TimelineChart::spanAtWidget(const QPoint& pos) const
{
    const QRect vis = visibleArea();
    // The fixed header and names cover the rows under them.
    if (pos.x() < vis.left() + m_layout->labelWidth() || pos.y() < vis.top() + m_layout->headerHeight()) {
        return {};
    }
    return m_layout->spanAt(pos);
}

void TimelineChart::mousePressEvent(QMouseEvent* e)
{
    setFocus(Qt::MouseFocusReason);
    if (e->button() != Qt::LeftButton) {
        return;
    }
    const TimelineSpanRef hit = spanAtWidget(e->position().toPoint());
    if (!hit.isValid()) {
        return;
    }
    select(hit);
    Q_EMIT spanActivated(hit);
}

void TimelineChart::wheelEvent(QWheelEvent* e)
{
    if (!(e->modifiers() & Qt::ControlModifier)) {
        e->ignore(); // the scroll area scrolls
        return;
    }
    const double steps = e->angleDelta().y() / 120.0;
    if (steps != 0) {
        zoomBy(std::pow(1.25, steps), e->position().x() - visibleArea().left());
    }
    e->accept();
}

void TimelineChart::select(const TimelineSpanRef& ref)
{
    m_selected = m_layout->span(ref) ? ref : TimelineSpanRef{};
    if (m_scroll && m_selected.isValid()) {
        const QRectF r = m_layout->spanRect(m_selected);
        const double visibleX = std::clamp(r.center().x(), r.left() + 4, std::min(r.right() - 4, r.left() + 200));
        const int xMargin = static_cast<int>(m_layout->labelWidth()) + 24;
        const int yMargin = static_cast<int>(m_layout->headerHeight() + m_layout->rowHeight());
        m_scroll->ensureVisible(static_cast<int>(visibleX), static_cast<int>(r.center().y()), xMargin, yMargin);
    }
    update();
    Q_EMIT selectionChanged(m_selected);
}

void TimelineChart::activateSelected()
{
    if (m_layout->span(m_selected)) {
        Q_EMIT spanActivated(m_selected);
    }
}

TimelineSpanRef TimelineChart::neighbour(int key) const
{
    const TimelineSpan* current = m_layout->span(m_selected);
    const TimelineRow* row = current ? m_layout->row(m_selected.block, m_selected.row) : nullptr;
    if (!current || !row) {
        const int first = m_layout->lineOf(0, 0);
        return first < 0 ? TimelineSpanRef{} : TimelineSpanRef{0, 0, 0};
    }
    switch (key) {
    case Qt::Key_Left:
        return {m_selected.block, m_selected.row, std::max(0, m_selected.span - 1)};
    case Qt::Key_Right:
        return {m_selected.block, m_selected.row,
                std::min(static_cast<int>(row->spans.size()) - 1, m_selected.span + 1)};
    case Qt::Key_Home:
        return {m_selected.block, m_selected.row, 0};
    case Qt::Key_End:
        return {m_selected.block, m_selected.row, static_cast<int>(row->spans.size()) - 1};
    default:
        break;
    }
    // Up and down: the next criterion row, on the span that covers the middle of the current one (the nearest
    // span when that row has none then, e.g. Hà Tĩnh's 20th criterion before 2015 or another set's rows).
    const int step = key == Qt::Key_Up ? -1 : 1;
    int line = m_layout->lineOf(m_selected.block, m_selected.row) + step;
    while (line >= 0 && line < m_layout->lines().size() && m_layout->lines().at(line).row < 0) {
        line += step;
    }
    if (line < 0 || line >= m_layout->lines().size()) {
        return m_selected;
    }
    const TimelineLayout::Line& target = m_layout->lines().at(line);
    const TimelineRow* next = m_layout->row(target.block, target.row);
    const double middle =
        current->from.toJulianDay() + (current->until.toJulianDay() - current->from.toJulianDay()) / 2.0;
    int best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < next->spans.size(); ++i) {
        const TimelineSpan& s = next->spans.at(i);
        const double distance = middle < s.from.toJulianDay()     ? s.from.toJulianDay() - middle
                                : middle >= s.until.toJulianDay() ? middle - s.until.toJulianDay() + 1
                                                                  : 0;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return {target.block, target.row, best};
}

void TimelineChart::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (e->modifiers() & Qt::ControlModifier) {
            break;
        }
        select(neighbour(e->key()));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateSelected();
        return;
    case Qt::Key_Escape:
        if (m_selected.isValid()) {
            select({});
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(e);
}

bool TimelineChart::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            e->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(e);
}

QString TimelineChart::toolTipAt(const QPoint& pos) const
{
    const QRect vis = visibleArea();
    const QPointF inView(pos.x() - vis.left(), pos.y() - vis.top());
    if (inView.y() < m_layout->headerHeight()) {
        return inView.x() < m_layout->labelWidth() ? QString() : headerToolTip(QPointF(pos.x(), inView.y()));
    }
    if (inView.x() < m_layout->labelWidth()) {
        const int line = m_layout->lineAt(pos.y());
        const TimelineLayout::Line* l = line >= 0 ? &m_layout->lines().at(line) : nullptr;
        const TimelineRow* row = l ? m_layout->row(l->block, l->row) : nullptr;
        return row ? TimelineToolTips::row(*row, m_t.blocks.at(l->block)) : QString();
    }
    const TimelineSpanRef ref = m_layout->spanAt(pos);
    const TimelineSpan* span = m_layout->span(ref);
    return span ? TimelineToolTips::span(*m_layout->row(ref.block, ref.row), *span) : QString();
}

QString TimelineChart::headerToolTip(const QPointF& p) const
{
    for (const TimelineLayout::LaneLabel& l : m_layout->laneLabels()) {
        const bool over = l.rect.contains(p) || (l.kind == TimelineLayout::LaneLabel::Tenure && l.band.contains(p)) ||
                          (l.kind != TimelineLayout::LaneLabel::Tenure && std::abs(p.x() - l.x) <= 6 &&
                           p.y() >= l.rect.top() && p.y() <= l.rect.bottom());
        if (!over) {
            continue;
        }
        if (l.kind == TimelineLayout::LaneLabel::Tenure) {
            return TimelineToolTips::tenure(m_t.tenures.at(l.index));
        }
        if (l.kind == TimelineLayout::LaneLabel::Recognition) {
            const Recognition& r = m_t.recognitions.at(l.index);
            return QStringLiteral("<b>%1</b><br>%2").arg(l.text.toHtmlEscaped(), r.decisionNo.toHtmlEscaped());
        }
        return l.text.toHtmlEscaped();
    }
    if (m_layout->setsLane().contains(p)) {
        const QDate d = m_layout->dateAt(p.x());
        for (const TimelineSetPeriod& s : m_t.sets) {
            if (s.from <= d && d < s.until) {
                return TimelineToolTips::setPeriod(s);
            }
        }
    }
    return {};
}

QStringList TimelineChart::describe() const
{
    QStringList out;
    for (const TimelineBlock& b : m_t.blocks) {
        out.append(QStringLiteral("block %1 rows %2").arg(b.setCodes.join(QLatin1Char(','))).arg(b.rows.size()));
    }
    for (const TimelineSetPeriod& s : m_t.sets) {
        out.append(QStringLiteral("set %1 %2..%3 rows %4")
                       .arg(s.setCode, dates::toIso(s.from), dates::toIso(s.until.addDays(-1)))
                       .arg(s.criteriaCount));
    }
    for (const TimelineSetChange& c : m_t.changes) {
        out.append(QStringLiteral("change %1 %2->%3").arg(dates::toIso(c.date), c.fromCode, c.toCode));
    }
    for (const TimelineLayout::LaneLabel& l : m_layout->laneLabels()) {
        if (l.kind == TimelineLayout::LaneLabel::Tenure) {
            const TimelineTenure& t = m_t.tenures.at(l.index);
            out.append(QStringLiteral("band %1 %2..%3 x=%4..%5")
                           .arg(t.officialName, dates::toIso(t.start), dates::toIso(t.end))
                           .arg(std::lround(l.band.left()))
                           .arg(std::lround(l.band.right())));
        } else if (l.kind == TimelineLayout::LaneLabel::Recognition) {
            out.append(QStringLiteral("marker %1 x=%2")
                           .arg(dates::toIso(m_t.recognitions.at(l.index).decidedOn))
                           .arg(std::lround(l.x)));
        } else if (l.kind == TimelineLayout::LaneLabel::AsOf) {
            out.append(QStringLiteral("asof %1 x=%2").arg(dates::toIso(m_t.asOf)).arg(std::lround(l.x)));
        }
    }
    return out;
}

} // namespace ntm::gui
