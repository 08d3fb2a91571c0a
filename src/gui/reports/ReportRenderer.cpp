// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportRenderer.h"

#include "reports/ChartTextObject.h"
#include "reports/Report.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportFonts.h"
#include "service/IllustrativeData.h"
#include "util/ProgramVersion.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace ntm::gui {

namespace {
void paintPage(QPainter& painter, QTextDocument& doc, const QSizeF& body, int index)
{
    painter.save();
    painter.translate(0, -index * body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, index * body.height()), body);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

/// The first heading that ends a page: what follows it (a chart, a table) starts on the next one. Invalid: none.
QTextBlock headingEndingAPage(QTextDocument& doc, qreal pageHeight)
{
    doc.pageCount(); // lays the whole document out: positions asked of a half-laid-out document are stale
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !next.isValid() || !next.layout() ||
            next.layout()->lineCount() == 0 ||
            block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore) {
            continue;
        }
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF following = layout->blockBoundingRect(next);
        const qreal firstLineBottom = following.top() + next.layout()->lineAt(0).rect().bottom();
        const int headingPage = static_cast<int>(heading.top() / pageHeight);
        if (static_cast<int>(firstLineBottom / pageHeight) > headingPage &&
            static_cast<int>(heading.bottom() / pageHeight) == headingPage) {
            return block;
        }
    }
    return {};
}

/// Moves each heading that would end a page to the next one, with what it heads. One at a time, from the top:
/// each move shifts everything after it.
void keepHeadingsWithNext(QTextDocument& doc, qreal pageHeight)
{
    for (int moved = 0; moved < 100; ++moved) {
        const QTextBlock block = headingEndingAPage(doc, pageHeight);
        if (!block.isValid()) {
            return;
        }
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        doc.markContentsDirty(block.position(), doc.characterCount() - block.position());
    }
}

void paintFooter(QPainter& painter, const QRectF& area, const QString& left, const QString& right,
                 const QString& notice)
{
    painter.save();
    painter.setFont(ReportFonts::footer());
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.drawText(area, Qt::AlignRight | Qt::AlignBottom, right);
    if (!notice.isEmpty()) {
        // Above the line: a page of illustrative figures must say so even when printed alone.
        const qreal line = QFontMetricsF(ReportFonts::footer(), painter.device()).lineSpacing();
        painter.setPen(QColor(0x7a, 0x4a, 0x00));
        painter.drawText(QRectF(area.left(), area.top() - line * 1.1, area.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, notice);
    }
    painter.restore();
}
} // namespace

QPageLayout ReportRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 15, 15),
                       QPageLayout::Millimeter);
}

QString ReportRenderer::styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 17pt; font-weight: 700; margin-top: 0pt; margin-bottom: 3pt; }\n"
        "h2 { font-size: 12pt; font-weight: 700; color: #1f3a93; margin-top: 12pt; margin-bottom: 5pt; }\n"
        "p { margin-top: 0pt; margin-bottom: 4pt; }\n"
        "p.kind { font-size: 9.5pt; font-weight: 700; color: #1f3a93; margin-bottom: 2pt; }\n"
        "p.subtitle { font-size: 9.5pt; color: #333333; margin-bottom: 1pt; }\n"
        "p.note { font-size: 8pt; color: #555555; margin-top: 3pt; }\n"
        "table.data { border-color: #9aa3b5; border-style: solid; border-collapse: collapse; margin-bottom: 4pt; "
        "font-size: 8.5pt; }\n"
        "th { background-color: #e6eaf2; font-weight: 700; }\n"
        "table.facts { margin-bottom: 4pt; }\n"
        "td.label { color: #444444; padding-right: 14pt; }\n");
}

core::Result<int> ReportRenderer::render(const Report& report, QPagedPaintDevice& device, const Progress& progress)
{
    ReportBuilder builder;
    report.write(builder);
    QTextDocument doc;
    // Laid out in the device's own units, so point sizes and millimetres come out right on paper.
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(ReportFonts::body());
    doc.setDefaultStyleSheet(styleSheet());
    doc.setDocumentMargin(0);
    doc.setHtml(builder.html());
    ChartTextObject charts(builder.charts(), device.logicalDpiY());
    charts.install(doc);

    const QRectF content(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    const QFontMetricsF footerMetrics(ReportFonts::footer(), &device);
    const qreal footerHeight = footerMetrics.lineSpacing() * (report.header.illustrative ? 3.4 : 2.2);
    const QSizeF body(content.width(), content.height() - footerHeight);
    doc.setPageSize(body);
    keepHeadingsWithNext(doc, body.height());
    const int pages = doc.pageCount();
    const auto cancelled = [&](int done) { return progress && !progress(done, pages); };
    if (cancelled(0)) {
        return core::Error{QString(), tr("The report was cancelled.")};
    }

    QPainter painter;
    if (!painter.begin(&device)) {
        return core::Error{QString(), tr("The report cannot be drawn on this device (is the file writable?).")};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal footerLines = footerMetrics.lineSpacing() * 2.2 * 0.75;
    const QRectF footer(0, content.height() - footerLines, content.width(), footerLines);
    const QString notice = report.header.illustrative ? core::IllustrativeData::notice() : QString();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            return core::Error{QString(), tr("The report's page %1 cannot be started.").arg(i + 1)};
        }
        paintPage(painter, doc, body, i);
        // The program and its version on every page: a printed figure can be traced to the program that made it.
        paintFooter(painter, footer, report.footerText(),
                    core::ProgramVersion::nameAndVersion() + QStringLiteral(" · ") +
                        tr("Page %1 of %2").arg(i + 1).arg(pages),
                    notice);
        if (cancelled(i + 1)) {
            painter.end();
            return core::Error{QString(), tr("The report was cancelled.")};
        }
    }
    if (!painter.end()) {
        return core::Error{QString(), tr("The report could not be finished.")};
    }
    return pages;
}

} // namespace ntm::gui
