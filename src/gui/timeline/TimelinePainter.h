// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/TimelineLayout.h"

#include <QCoreApplication>

class QPainter;

namespace ntm::gui {

/// Paints a criterion timeline laid out by TimelineLayout onto any QPainter: the widget, a QImage, a QPdfWriter
/// page or a report. Text is drawn as text, so a PDF can be searched and copied.
class TimelinePainter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::TimelinePainter)

public:
    explicit TimelinePainter(const TimelineLayout& layout) : m_l(layout) {}

    /// The span drawn with a selection frame.
    void setSelected(const TimelineSpanRef& ref) { m_selected = ref; }

    /// Paints what lies in `visible` (chart coordinates). The header lanes and the label column are drawn at
    /// the top and left edges of `visible`, so they stay in view while the chart scrolls under them.
    void paint(QPainter& p, const QRectF& visible) const;

    /// Draws the whole timeline into `target` (the painter's coordinates), with `title` and a legend above it:
    /// the years are spread over the target's width and everything is scaled down when the rows are too many
    /// for its height. Sizes follow the device's resolution (a 300 dpi PDF page looks like the screen).
    /// `fontPixelSize` is the text size at 96 dpi.
    static void render(QPainter& p, const QRectF& target, const core::CriterionTimeline& timeline, const QString& title,
                       int fontPixelSize);
    /// A pixel-sized copy of the application font, the way the layout needs it.
    static QFont baseFont(int pixelSize);

private:
    void paintRows(QPainter& p, const QRectF& visible) const;
    void paintSpans(QPainter& p, const QRectF& visible) const;
    void paintVerticals(QPainter& p, double top, double bottom) const;
    void paintHeader(QPainter& p) const;
    void paintAxis(QPainter& p) const;
    void paintLaneLabels(QPainter& p) const;
    void paintRowLabels(QPainter& p, const QRectF& visible) const;
    void paintCorner(QPainter& p) const;
    void paintTitle(QPainter& p, double width) const;

    const TimelineLayout& m_l;
    TimelineSpanRef m_selected;
};

} // namespace ntm::gui
