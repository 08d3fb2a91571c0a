// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/XlsxWriter.h"

#include "exchange/PartFile.h"
#include "exchange/XlsxWriterLibrary.h"

#include <QDate>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>

namespace ntm::core {

namespace {

using Xlsx = XlsxWriterLibrary::Functions;
using WorkbookPtr = std::unique_ptr<lxw_workbook, decltype(Xlsx::lxw_workbook_free)>;

constexpr qsizetype kMaxSheetName = 31;
constexpr lxw_color_t kHeaderFill = 0xDDEBF7; // light blue, readable in print and on screen

/// What every sheet is written with: libxlsxwriter, the workbook's shared formats, and the file to name in errors.
struct Context
{
    const Xlsx& xlsx;
    const PartFile& part;
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
};

QString truncated(const QString& text, qsizetype max)
{
    if (text.size() <= max) {
        return text;
    }
    qsizetype n = max;
    if (text.at(n - 1).isHighSurrogate()) {
        --n; // never cut a character outside the BMP in half
    }
    return text.left(n);
}

/// Excel refuses names that start or end with an apostrophe (it quotes sheet names with them in formulas).
QString withoutEdgeApostrophes(QString name)
{
    if (name.startsWith(QLatin1Char('\''))) {
        name[0] = QLatin1Char('-');
    }
    if (name.endsWith(QLatin1Char('\''))) {
        name[name.size() - 1] = QLatin1Char('-');
    }
    return name;
}

QString validSheetName(QString name, qsizetype index)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control) {
            c = QLatin1Char('-');
        }
    }
    name = withoutEdgeApostrophes(truncated(name, kMaxSheetName));
    return name.trimmed().isEmpty() ? XlsxWriter::tr("Sheet %1").arg(index + 1) : name;
}

/// Excel compares sheet names ignoring case (in every script, not only ASCII) and reserves "History".
QStringList uniqueSheetNames(const QList<TableData>& sheets)
{
    QStringList names;
    QSet<QString> taken{QStringLiteral("history")};
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QString base = validSheetName(sheets[i].title, i);
        QString name = base;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = truncated(base, kMaxSheetName - suffix.size()) + suffix;
        }
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

lxw_error writeDate(const Context& c, lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const QDate& date)
{
    if (!date.isValid()) {
        return LXW_NO_ERROR;
    }
    if (date.year() < 1900 || date.year() > 9999) {
        // Outside the range Excel can hold as a date: keep the information as text rather than lose it.
        const QByteArray text = date.toString(QStringLiteral("dd/MM/yyyy")).toUtf8();
        return c.xlsx.worksheet_write_string(ws, row, col, text.constData(), nullptr);
    }
    lxw_datetime dt{date.year(), date.month(), date.day(), 0, 0, 0.0};
    return c.xlsx.worksheet_write_datetime(ws, row, col, &dt, c.date);
}

lxw_error writeCell(const Context& c, lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const QVariant& value)
{
    if (!value.isValid()) {
        return LXW_NO_ERROR;
    }
    switch (value.typeId()) {
    case QMetaType::QDate:
        return writeDate(c, ws, row, col, value.toDate());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Float:
    case QMetaType::Double: {
        const double n = value.toDouble();
        return std::isfinite(n) ? c.xlsx.worksheet_write_number(ws, row, col, n, nullptr) : LXW_NO_ERROR;
    }
    default: {
        const QString text = value.toString();
        return text.isEmpty() ? LXW_NO_ERROR
                              : c.xlsx.worksheet_write_string(ws, row, col, text.toUtf8().constData(), nullptr);
    }
    }
}

Error cellError(const Context& c, const QString& sheet, lxw_row_t row, lxw_col_t col, lxw_error error)
{
    char cell[LXW_MAX_CELL_NAME_LENGTH];
    c.xlsx.lxw_rowcol_to_cell(cell, row, col);
    const QString name = QString::fromLatin1(cell);
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
        return c.part.failure(XlsxWriter::tr("on sheet \"%1\", cell %2 holds more than the 32,767 characters Excel "
                                             "allows in a cell.")
                                  .arg(sheet, name));
    }
    return c.part.failure(XlsxWriter::tr("on sheet \"%1\", cell %2 could not be written (%3).")
                              .arg(sheet, name, QString::fromUtf8(c.xlsx.lxw_strerror(error))));
}

Status writeHeader(const Context& c, lxw_worksheet* ws, const QString& name, const TableData& table)
{
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const TableColumn& column = table.columns[i];
        const auto col = static_cast<lxw_col_t>(i);
        // A date format on the whole column keeps dates typed later in Excel looking like the exported ones.
        c.xlsx.worksheet_set_column(ws, col, col, std::max(column.width, 1),
                                    column.type == TableColumn::Type::Date ? c.date : nullptr);
        const QByteArray title = column.title.toUtf8();
        if (const lxw_error e = c.xlsx.worksheet_write_string(ws, 0, col, title.constData(), c.header); e) {
            return cellError(c, name, 0, col, e);
        }
    }
    if (!table.columns.isEmpty()) {
        c.xlsx.worksheet_freeze_panes(ws, 1, 0);
        c.xlsx.worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                    static_cast<lxw_col_t>(table.columns.size() - 1));
    }
    return {};
}

Status writeSheet(const Context& c, lxw_worksheet* ws, const QString& name, const TableData& table)
{
    if (table.columns.size() > LXW_COL_MAX || table.rows.size() >= LXW_ROW_MAX) {
        return c.part.failure(XlsxWriter::tr("sheet \"%1\" has more rows or columns than Excel allows (%2 rows, %3 "
                                             "columns).")
                                  .arg(name, QString::number(LXW_ROW_MAX - 1), QString::number(LXW_COL_MAX)));
    }
    if (Status s = writeHeader(c, ws, name, table); !s) {
        return s;
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const auto col = static_cast<lxw_col_t>(i);
            if (const lxw_error e = writeCell(c, ws, row, col, table.rows[r].value(i)); e != LXW_NO_ERROR) {
                return cellError(c, name, row, col, e);
            }
        }
    }
    if (!table.note.isEmpty()) {
        const auto row = static_cast<lxw_row_t>(table.rows.size() + 2); // after one empty row
        const QByteArray note = table.note.toUtf8();
        if (const lxw_error e = c.xlsx.worksheet_write_string(ws, row, 0, note.constData(), nullptr); e) {
            return cellError(c, name, row, 0, e);
        }
    }
    return {};
}

Context context(const Xlsx& xlsx, lxw_workbook* wb, const PartFile& part)
{
    Context c{xlsx, part, xlsx.workbook_add_format(wb), xlsx.workbook_add_format(wb)};
    xlsx.format_set_bold(c.header);
    xlsx.format_set_pattern(c.header, LXW_PATTERN_SOLID);
    xlsx.format_set_bg_color(c.header, kHeaderFill);
    xlsx.format_set_num_format(c.date, "dd/mm/yyyy");
    return c;
}

/// workbook_close() writes the file and frees the workbook, whatever the outcome.
Status close(const Xlsx& xlsx, WorkbookPtr workbook, const PartFile& part)
{
    switch (const lxw_error e = xlsx.workbook_close(workbook.release())) {
    case LXW_NO_ERROR:
        return {};
    case LXW_ERROR_CREATING_XLSX_FILE:
        return part.failure(XlsxWriter::tr("the file cannot be created there. Check that the folder can be written "
                                           "to."));
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return part.failure(XlsxWriter::tr("temporary files could not be written. Is the disk full?"));
    default:
        return part.failure(
            XlsxWriter::tr("the workbook could not be written (%1).").arg(QString::fromUtf8(xlsx.lxw_strerror(e))));
    }
}

} // namespace

Status XlsxWriter::write(const QString& path, const QList<TableData>& sheets)
{
    const Result<const Xlsx*> library = XlsxWriterLibrary::library();
    if (!library) {
        return library.error();
    }
    const Xlsx& xlsx = *library.value();
    PartFile part(path);
    if (Status s = part.checkFolder(); !s) {
        return s;
    }
    const QByteArray partName = QFile::encodeName(part.partPath());
    WorkbookPtr workbook(xlsx.workbook_new(partName.constData()), xlsx.lxw_workbook_free);
    if (!workbook) {
        return part.failure(tr("there is not enough memory."));
    }
    const Context c = context(xlsx, workbook.get(), part);
    const QStringList names = uniqueSheetNames(sheets);
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        lxw_worksheet* ws = xlsx.workbook_add_worksheet(workbook.get(), names[i].toUtf8().constData());
        if (!ws) {
            return part.failure(tr("sheet \"%1\" could not be added.").arg(names[i]));
        }
        if (Status s = writeSheet(c, ws, names[i], sheets[i]); !s) {
            return s;
        }
    }
    if (Status s = close(xlsx, std::move(workbook), part); !s) {
        return s;
    }
    return part.commit();
}

} // namespace ntm::core
