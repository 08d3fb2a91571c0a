// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CriterionTimeline.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

namespace ntm::gui {

/// Which span of which row of which block (all -1: none).
struct TimelineSpanRef
{
    int block = -1;
    int row = -1;
    int span = -1;

    bool isValid() const { return span >= 0; }
    bool operator==(const TimelineSpanRef&) const = default;
};

/// The geometry of a criterion timeline at one zoom: where each year, lane, row and span lies, in pixels of a
/// pixel-sized font, so that the widget, a PNG and a PDF page are laid out alike. Pure arithmetic: it paints
/// nothing and holds no widget.
///
/// From the top: an optional title and legend (exports), then the header lanes (rotated officials' terms,
/// events, criteria sets, years), then one line per block header and per criterion row. The label column on
/// the left holds the lanes' and rows' names.
class TimelineLayout final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::TimelineLayout)

public:
    /// A criterion's label in the row header: "3. Thủy lợi".
    static QString rowText(const core::TimelineRow& row);

    /// A label placed in a header lane so that labels do not overlap (a lane gets another line when needed).
    struct LaneLabel
    {
        enum Kind
        {
            Tenure,
            Recognition,
            CommuneEnd,
            AsOf
        };
        Kind kind = Tenure;
        int index = 0; ///< Tenure or recognition index in the timeline.
        QRectF rect;   ///< Where the text goes.
        QRectF band;   ///< Tenures: the term's extent in the lane.
        double x = 0;  ///< Markers: the date's x.
        QString text;
    };
    /// A drawn line of the chart: a block's header (row == -1) or a criterion row.
    struct Line
    {
        int block = 0;
        int row = -1;
        double top = 0;
    };

    /// `font` must be pixel-sized. `title` (exports) adds a title and a legend above the chart.
    TimelineLayout(const core::CriterionTimeline& timeline, const QFont& font, double pixelsPerYear,
                   const QString& title = {});

    const core::CriterionTimeline& timeline() const { return m_t; }
    const QFont& font() const { return m_font; }
    QFont boldFont() const;
    QFont titleFont() const;
    const QString& title() const { return m_title; }
    double pixelsPerYear() const { return m_ppy; }
    int firstYear() const { return m_firstYear; }
    int years() const { return m_years; }

    QSizeF size() const { return m_size; }
    double labelWidth() const { return m_labelWidth; }
    double headerHeight() const { return m_headerHeight; } ///< Includes the title.
    double titleHeight() const { return m_titleHeight; }
    double laneHeight() const { return m_laneHeight; }
    double rowHeight() const { return m_rowHeight; }
    double chartRight() const { return m_size.width() - kRightPad; }

    double x(const QDate& date) const;
    QDate dateAt(double x) const;

    QRectF officialsLane() const { return m_officialsLane; }
    QRectF eventsLane() const { return m_eventsLane; }
    QRectF setsLane() const { return m_setsLane; }
    QRectF axisLane() const { return m_axisLane; }
    const QList<LaneLabel>& laneLabels() const { return m_laneLabels; }
    /// A tenure's extent on the time axis (an open term runs to the end of the timeline).
    QPair<double, double> tenureX(int index) const;

    const QList<Line>& lines() const { return m_lines; }
    /// Index in lines() of a criterion row, or -1.
    int lineOf(int block, int row) const;
    QRectF lineRect(int line) const;
    QRectF spanRect(const TimelineSpanRef& ref) const;
    const core::TimelineSpan* span(const TimelineSpanRef& ref) const;
    const core::TimelineRow* row(int block, int row) const;
    /// The span under a point of the chart area (chart coordinates), or an invalid ref.
    TimelineSpanRef spanAt(const QPointF& point) const;
    /// The line under a y (chart coordinates), or -1.
    int lineAt(double y) const;

    static constexpr double kRightPad = 16;

private:
    void layOutLabels();
    void placeInLanes(QList<LaneLabel>& labels, double top, QRectF* lane);

    const core::CriterionTimeline& m_t;
    QFont m_font;
    QString m_title;
    double m_ppy;
    int m_firstYear = 0;
    int m_years = 1;
    double m_labelWidth = 0;
    double m_titleHeight = 0;
    double m_headerHeight = 0;
    double m_laneHeight = 0;
    double m_rowHeight = 0;
    QSizeF m_size;
    QRectF m_officialsLane;
    QRectF m_eventsLane;
    QRectF m_setsLane;
    QRectF m_axisLane;
    QList<LaneLabel> m_laneLabels;
    QList<Line> m_lines;
};

} // namespace ntm::gui
