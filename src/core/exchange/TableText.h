// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"

#include <QLocale>
#include <QString>

namespace ntm::core {

/// A table as tab-separated text, for the clipboard: pasted into Excel or LibreOffice it fills one cell per
/// value. Dates are dd/MM/yyyy and numbers are written in `locale` (its decimal separator, no grouping), so a
/// spreadsheet in the same language reads them back as dates and numbers.
class TableText final
{
public:
    /// The header line, then one line per row; lines end with "\n". Tabs and line breaks inside a cell become
    /// spaces.
    static QString tabSeparated(const TableData& table, const QLocale& locale = QLocale());
    /// One cell as the tab-separated text shows it.
    static QString cell(const QVariant& value, const QLocale& locale = QLocale());
};

} // namespace ntm::core
