// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportBuilder.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace ntm::gui {

/// Draws a report's charts inside its QTextDocument, as objects of the text: they flow with the text, move to
/// the next page when they do not fit, and are painted with the page's own painter (vector output).
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /// `dpi`: dots per inch of the device the document is laid out for, to turn millimetres into its units.
    ChartTextObject(QList<ChartSlot> charts, qreal dpi, QObject* parent = nullptr);

    /// Registers this handler with `doc` and turns the builder's chart images ("ntm-chart:N") into chart objects.
    void install(QTextDocument& doc);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    const ChartSlot* slotOf(const QTextFormat& format) const;

    QList<ChartSlot> m_charts;
    qreal m_dpi;
};

} // namespace ntm::gui
