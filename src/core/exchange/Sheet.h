// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ntm::core {

/// One cell of a spreadsheet read for import, as the importer needs it: the text, and the number when the cell
/// holds one (dates are numbers in Excel: see XlsxReader::excelSerialToDate()).
struct SheetCell
{
    QString text;                 ///< Strings as stored; numbers as written in the file; TRUE/FALSE for booleans.
    std::optional<double> number; ///< Set for numeric (and date) cells only.

    bool isEmpty() const { return text.isEmpty() && !number.has_value(); }
};

/// A worksheet's cell values, without formatting: rows[r][c], where r = 0 is the spreadsheet's row 1 and c = 0 is
/// column A. Rows and cells without a value are empty; a row may end before the last column.
struct Sheet
{
    QString name;
    QList<QList<SheetCell>> rows;
};

} // namespace ntm::core
