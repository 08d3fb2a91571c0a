// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace ntm::core {

/// A table to export as the user sees it (filtered, sorted, in column order): typed cells, so spreadsheets
/// get real dates and numbers, not text.
struct TableColumn
{
    enum class Type
    {
        Text,
        Date,
        Integer,
        Number
    };
    QString title;
    Type type = Type::Text;
    int width = 15; ///< In characters, for spreadsheet column widths.
};

struct TableData
{
    QString title; ///< Sheet name (at most 31 characters are used).
    QList<TableColumn> columns;
    /// One QVariant per column: QString for text, QDate for dates, int/double for numbers; an invalid or
    /// null QVariant (or an invalid QDate) is an empty cell.
    QList<QVariantList> rows;
    /// A sentence written below the rows (the spreadsheet, the clipboard, the screen): what the figures are
    /// (e.g. that the data is illustrative). Empty: none.
    QString note;
};

} // namespace ntm::core
