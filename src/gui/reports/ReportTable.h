// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace ntm::gui {

/// One cell of a report table: plain text (escaped when written), an optional background (a criterion's status
/// colour), bold for totals.
struct ReportCell
{
    QString text;
    QColor background = {}; ///< Invalid: no background.
    bool bold = false;

    ReportCell() = default;
    ReportCell(QString t) : text(std::move(t)) {} // NOLINT: cells are written as plain strings most of the time
    ReportCell(QString t, QColor bg) : text(std::move(t)), background(bg) {}
};

/// A column of a report table: its header, its share of the page width and how its cells align.
struct ReportColumn
{
    enum class Align
    {
        Left,
        Right,
        Center
    };
    QString header;
    int widthPercent = 0; ///< 0: whatever is left.
    Align align = Align::Left;
};

/// A table as sections hand it to ReportBuilder: the header row repeats on every page it runs onto.
struct ReportTable
{
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
    QString emptyText;      ///< Written instead of the table when it has no rows.
    int widthPercent = 100; ///< Of the page's text width; a table of few narrow columns reads better narrower.
};

} // namespace ntm::gui
