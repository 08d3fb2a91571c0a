// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ChartTextObject.h"

#include "reports/ReportChart.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace ntm::gui {

namespace {
constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
} // namespace

ChartTextObject::ChartTextObject(QList<ChartSlot> charts, qreal dpi, QObject* parent)
    : QObject(parent), m_charts(std::move(charts)), m_dpi(dpi)
{
}

void ChartTextObject::install(QTextDocument& doc)
{
    doc.documentLayout()->registerHandler(kChartObject, this);
    // Collect first, then change: changing formats while walking the fragments would split them under us.
    QList<QPair<int, int>> found; // position -> chart index
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat()) {
                continue;
            }
            const QString name = format.toImageFormat().name();
            if (name.startsWith(ReportBuilder::chartScheme())) {
                found.append({fragment.position(), name.mid(ReportBuilder::chartScheme().size()).toInt()});
            }
        }
    }
    for (const auto& [position, index] : found) {
        QTextCursor cursor(&doc);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(kChartObject);
        object.setProperty(kChartIndex, index);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

const ChartSlot* ChartTextObject::slotOf(const QTextFormat& format) const
{
    const int index = format.property(kChartIndex).toInt();
    return index >= 0 && index < m_charts.size() ? &m_charts.at(index) : nullptr;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    const ChartSlot* slot = slotOf(format);
    return slot ? slot->sizeMm * (m_dpi / 25.4) : QSizeF();
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    // A page's painting also visits the blocks that start on it but whose figure moved on to the next page: drawn
    // there outside the page's clip, it would still be in the PDF (its words read twice), and a figure that sets
    // its own clip (the timeline) would show over the footer.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect)) {
        return;
    }
    if (const ChartSlot* slot = slotOf(format); slot && slot->chart) {
        painter->save();
        slot->chart->paint(*painter, rect);
        painter->restore();
    }
}

} // namespace ntm::gui
