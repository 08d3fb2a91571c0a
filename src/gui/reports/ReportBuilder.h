// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QList>
#include <QPair>
#include <QSizeF>
#include <QString>

#include <memory>

namespace ntm::gui {

class ReportChart;

/// A figure as placed in the text: the chart and its size on paper.
struct ChartSlot
{
    std::shared_ptr<const ReportChart> chart;
    QSizeF sizeMm;
};

/// What sections write into: headings, paragraphs, tables and charts, kept as HTML for QTextDocument. Every
/// value is escaped here, so a section never builds markup from data. Charts are written as image references
/// ("ntm-chart:N") that ReportRenderer turns into drawn objects.
class ReportBuilder final
{
public:
    /// The line above the title that says what kind of report it is.
    void kind(const QString& text);
    /// The report's title (one per report).
    void title(const QString& text);
    /// A line under the title, smaller.
    void subtitle(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text);
    /// A small grey remark (what a figure counts, where data is illustrative).
    void note(const QString& text);
    /// Label and value pairs, as a two-column list without borders.
    void facts(const QList<QPair<QString, QString>>& rows);
    void table(const ReportTable& table);
    /// A chart `widthMm` × `heightMm` on paper, centred.
    void chart(std::shared_ptr<const ReportChart> chart, double widthMm, double heightMm);

    QString html() const;
    const QList<ChartSlot>& charts() const { return m_charts; }

    /// The prefix of a chart's image name in the HTML.
    static QString chartScheme() { return QStringLiteral("ntm-chart:"); }

private:
    QString m_html;
    QList<ChartSlot> m_charts;
};

} // namespace ntm::gui
