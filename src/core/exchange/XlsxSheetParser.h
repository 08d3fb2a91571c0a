// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sheet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

class QXmlStreamReader;

namespace ntm::core {

class XlsxPackage;

/// Reads one worksheet part for XlsxReader: places each cell by its reference (or after the previous one when a
/// producer leaves references out), turns Excel's cell types into SheetCell, and refuses references beyond
/// Excel's limits and sheets larger than XlsxReader::kMaxCells, so a hostile file cannot exhaust memory.
class XlsxSheetParser final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::XlsxSheetParser)

public:
    /// Fills `sheet.rows`; `sheet.name` names the sheet in messages.
    XlsxSheetParser(XlsxPackage& package, const QStringList& sharedStrings, Sheet& sheet);

    Status parse(const QString& part);

    /// The text of a string item (<si> or <is>, the reader positioned on it): plain <t>, or the <t> of each
    /// rich-text run joined, without phonetic guides; Excel's _xHHHH_ escapes decoded. Reads to its end.
    static QString richText(QXmlStreamReader& xml);

private:
    struct Position
    {
        int row = 0;
        int column = 0;
    };

    Status readSheetData(QXmlStreamReader& xml);
    Status startRow(QXmlStreamReader& xml);
    Status readCell(QXmlStreamReader& xml);
    Result<Position> position(const QString& reference) const;
    Result<SheetCell> value(QStringView type, const QString& value, const QString& inlineText,
                            const QString& cellName) const;
    Status place(Position at, SheetCell cell);
    Error error(const QString& field, const QString& problem) const;

    XlsxPackage& m_package;
    const QStringList& m_sharedStrings;
    Sheet& m_sheet;
    int m_row = -1;    ///< Zero-based row of the current <row>.
    int m_column = -1; ///< Zero-based column of the previous cell in it.
    qint64 m_cells = 0;
};

} // namespace ntm::core
