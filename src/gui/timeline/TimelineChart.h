// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CriterionTimeline.h"
#include "timeline/TimelineLayout.h"

#include <QWidget>

#include <memory>
#include <optional>

class QScrollArea;

namespace ntm::gui {

/// The criterion progress timeline as a widget, meant to sit inside a QScrollArea: one row per criterion with
/// its status spans, the rotated officials' terms as bands, recognition and set changes as lines, the as-of
/// date as a dashed line. The header lanes and the criterion names stay in view while it scrolls.
///
/// Zoom is in pixels per year (Ctrl+wheel zooms around the pointer). The arrow keys move between spans, Enter
/// or a click opens one (spanActivated); hovering shows the assessment behind a span.
class TimelineChart final : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kMinPixelsPerYear = 24;
    static constexpr double kMaxPixelsPerYear = 2400;

    explicit TimelineChart(QWidget* parent = nullptr);
    ~TimelineChart() override;

    /// Shows a timeline; the zoom stays, the selection is kept when the same span is still there.
    void setTimeline(core::CriterionTimeline timeline);
    const core::CriterionTimeline& timeline() const { return m_t; }
    const TimelineLayout& chartLayout() const { return *m_layout; }
    /// Text shown where the rows would be when there are none.
    void setEmptyText(const QString& text);

    /// The scroll area the chart sits in: scrolling repaints the fixed header and names; fitting uses its width.
    void setScrollArea(QScrollArea* area);
    double pixelsPerYear() const { return m_ppy; }
    /// Zooms, keeping the date under `anchor` (x in the scroll area's viewport) where it is.
    void setPixelsPerYear(double ppy, std::optional<double> anchor = std::nullopt);
    void zoomBy(double factor, std::optional<double> anchor = std::nullopt);
    /// Spreads the years over the visible width, and keeps doing so on resizes until the next zoom.
    void fitToWidth();
    bool fitsWidth() const { return m_fit; }

    TimelineSpanRef selected() const { return m_selected; }
    /// Selects a span (an invalid ref clears) and scrolls it into view.
    void select(const TimelineSpanRef& ref);
    /// Emits spanActivated for the selected span.
    void activateSelected();
    /// The tooltip at a point of the widget (empty where there is nothing to tell).
    QString toolTipAt(const QPoint& pos) const;
    /// The part of the chart in view (chart coordinates).
    QRect visibleArea() const;
    /// What is drawn, in words, for tests and accessibility: one line per block, band, marker and the as-of line.
    QStringList describe() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void spanActivated(const ntm::gui::TimelineSpanRef& ref);
    void selectionChanged(const ntm::gui::TimelineSpanRef& ref);
    void zoomChanged(double pixelsPerYear);

protected:
    bool event(QEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;

private:
    void relayout();
    TimelineSpanRef spanAtWidget(const QPoint& pos) const;
    TimelineSpanRef neighbour(int key) const;
    QString spanToolTip(const TimelineSpanRef& ref) const;
    QString headerToolTip(const QPointF& chartPos) const;

    core::CriterionTimeline m_t;
    std::unique_ptr<TimelineLayout> m_layout;
    QScrollArea* m_scroll = nullptr;
    double m_ppy = 80;
    bool m_fit = true;
    TimelineSpanRef m_selected;
    QString m_emptyText;
};

} // namespace ntm::gui
