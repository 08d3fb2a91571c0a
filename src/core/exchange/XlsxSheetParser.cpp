// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/XlsxSheetParser.h"

#include "exchange/XlsxPackage.h"
#include "exchange/XlsxReader.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ntm::core {

namespace {

/// "A" for 0, "Z" for 25, "AA" for 26: to name cells in messages.
QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

QString cellName(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

/// Excel writes characters XML cannot carry (and a literal "_xHHHH_", as "_x005F_xHHHH_") as _xHHHH_.
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x"))) {
        return text;
    }
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        decoded += QChar(m.captured(1).toUShort(nullptr, 16));
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    return decoded;
}

/// The serial number of an ISO 8601 date (cells of type "d"), so they read like the numbers Excel usually writes.
std::optional<double> serialOfIsoDate(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        at = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    }
    const QDate day = at.date();
    if (!at.isValid() || day < QDate(1900, 1, 1)) {
        return std::nullopt;
    }
    // Before March 1900 Excel's count has not yet met its invented 29 February 1900.
    const QDate epoch = day < QDate(1900, 3, 1) ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return double(epoch.daysTo(day)) + at.time().msecsSinceStartOfDay() / 86'400'000.0;
}

SheetCell numberCell(const QString& written)
{
    SheetCell cell{written, std::nullopt};
    bool ok = false;
    const double n = written.toDouble(&ok);
    if (ok && std::isfinite(n)) {
        cell.number = n;
    }
    return cell;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(XlsxPackage& package, const QStringList& sharedStrings, Sheet& sheet)
    : m_package(package), m_sharedStrings(sharedStrings), m_sheet(sheet)
{
}

QString XlsxSheetParser::richText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t") {
                    text += xml.readElementText();
                } else {
                    xml.skipCurrentElement(); // run properties: font, colour
                }
            }
        } else {
            xml.skipCurrentElement(); // <rPh>, <phoneticPr>: reading aids, not the cell's text
        }
    }
    return decodeEscapes(text);
}

Error XlsxSheetParser::error(const QString& field, const QString& problem) const
{
    return Error{field, tr("%1, sheet \"%2\": %3").arg(m_package.fileName(), m_sheet.name, problem)};
}

Status XlsxSheetParser::parse(const QString& part)
{
    Result<QByteArray> bytes = m_package.read(part);
    if (!bytes) {
        return bytes.error();
    }
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheetData") {
            if (Status s = readSheetData(xml); !s) {
                return s;
            }
        }
    }
    if (xml.hasError()) {
        return m_package.damaged(part, xml);
    }
    return {};
}

Status XlsxSheetParser::readSheetData(QXmlStreamReader& xml)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"row") {
            xml.skipCurrentElement();
            continue;
        }
        if (Status s = startRow(xml); !s) {
            return s;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
            } else if (Status s = readCell(xml); !s) {
                return s;
            }
        }
    }
    return {};
}

Status XlsxSheetParser::startRow(QXmlStreamReader& xml)
{
    const QString number = xml.attributes().value(QLatin1String("r")).toString();
    if (number.isEmpty()) {
        ++m_row; // producers may leave row numbers out: rows then follow each other
    } else {
        bool ok = false;
        const qint64 n = number.toLongLong(&ok);
        if (!ok || n < 1 || n > XlsxReader::kMaxRows) {
            return error(number, tr("row %1 lies outside a spreadsheet (rows 1 to %2).")
                                     .arg(number, QString::number(XlsxReader::kMaxRows)));
        }
        m_row = int(n - 1);
    }
    m_column = -1;
    return {};
}

Status XlsxSheetParser::readCell(QXmlStreamReader& xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString reference = attributes.value(QLatin1String("r")).toString();
    const QString type = attributes.value(QLatin1String("t")).toString();
    QString written;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            written = xml.readElementText();
        } else if (xml.name() == u"is") {
            inlineText = richText(xml);
        } else {
            xml.skipCurrentElement(); // <f>: the formula; its last result is in <v>
        }
    }
    Result<Position> at = position(reference);
    if (!at) {
        return at.error();
    }
    m_row = at.value().row;
    m_column = at.value().column;
    Result<SheetCell> cell = value(type, written, inlineText, cellName(m_row, m_column));
    if (!cell) {
        return cell.error();
    }
    return place(at.value(), std::move(cell).value());
}

Result<XlsxSheetParser::Position> XlsxSheetParser::position(const QString& reference) const
{
    if (reference.isEmpty()) {
        const Position next{std::max(m_row, 0), m_column + 1};
        if (next.column >= XlsxReader::kMaxColumns) {
            const QString name = cellName(next.row, next.column);
            return error(name, tr("cell %1 lies beyond the last column of a spreadsheet (XFD).").arg(name));
        }
        return next;
    }
    // Saturating sums: a reference of a hundred letters must not overflow, only be refused.
    qint64 column = 0;
    qint64 row = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128; ++i) {
        column = std::min<qint64>(column * 26 + (reference[i].toUpper().unicode() - u'A' + 1), 1'000'000);
    }
    const qsizetype letters = i;
    for (; i < reference.size() && reference[i].isDigit() && reference[i].unicode() < 128; ++i) {
        row = std::min<qint64>(row * 10 + (reference[i].unicode() - u'0'), 100'000'000);
    }
    if (letters == 0 || i == letters || i != reference.size()) {
        return error(reference, tr("\"%1\" is not a cell reference; the file is damaged.").arg(reference));
    }
    if (column > XlsxReader::kMaxColumns || row < 1 || row > XlsxReader::kMaxRows) {
        return error(reference, tr("cell %1 lies outside a spreadsheet (which ends at column XFD, row %2).")
                                    .arg(reference, QString::number(XlsxReader::kMaxRows)));
    }
    return Position{int(row - 1), int(column - 1)};
}

Result<SheetCell> XlsxSheetParser::value(QStringView type, const QString& written, const QString& inlineText,
                                         const QString& cellName) const
{
    if (type == u"s") {
        if (written.trimmed().isEmpty()) {
            return SheetCell{};
        }
        bool ok = false;
        const int index = written.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            return error(cellName,
                         tr("cell %1 refers to text missing from the file; the file is damaged.").arg(cellName));
        }
        return SheetCell{m_sharedStrings.at(index), std::nullopt};
    }
    if (type == u"inlineStr") {
        return SheetCell{inlineText.isEmpty() ? written : inlineText, std::nullopt};
    }
    if (type == u"str" || type == u"e") {
        return SheetCell{decodeEscapes(written), std::nullopt}; // a formula's text, or an error such as #N/A
    }
    const QString trimmed = written.trimmed();
    if (type == u"b") {
        const QString text = trimmed == u"1"   ? QStringLiteral("TRUE")
                             : trimmed == u"0" ? QStringLiteral("FALSE")
                                               : trimmed;
        return SheetCell{text, std::nullopt};
    }
    if (type == u"d") {
        return SheetCell{trimmed, serialOfIsoDate(trimmed)};
    }
    return numberCell(trimmed); // "n", or no type at all
}

Status XlsxSheetParser::place(Position at, SheetCell cell)
{
    if (cell.isEmpty()) {
        return {}; // styled but empty cells would only pad rows
    }
    QList<QList<SheetCell>>& rows = m_sheet.rows;
    const qint64 newRows = std::max<qint64>(0, at.row + 1 - rows.size());
    const qint64 rowSize = at.row < rows.size() ? rows[at.row].size() : 0;
    const qint64 newCells = std::max<qint64>(0, at.column + 1 - rowSize);
    if (m_cells + newRows + newCells > XlsxReader::kMaxCells) {
        return error(QString(),
                     tr("the sheet is too large to import (more than %L1 cells).").arg(XlsxReader::kMaxCells));
    }
    m_cells += newRows + newCells;
    if (newRows > 0) {
        rows.resize(at.row + 1);
    }
    QList<SheetCell>& cells = rows[at.row];
    if (newCells > 0) {
        cells.resize(at.column + 1);
    }
    cells[at.column] = std::move(cell);
    return {};
}

} // namespace ntm::core
