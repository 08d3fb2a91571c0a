// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ntm::core {

/// Writes tables as an Excel workbook (.xlsx), one worksheet per table, ready to work with: a bold, shaded, frozen
/// header row with an autofilter, the column widths of the table, and real dates and numbers (not text), so
/// sorting, filtering and formulas work in Excel as they do in the program.
class XlsxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::XlsxWriter)

public:
    /// Writes `sheets` to `path`, replacing it only when the whole workbook was written. Sheet names are the
    /// tables' titles made valid for Excel (at most 31 characters, no []:*?/\, unique).
    static Status write(const QString& path, const QList<TableData>& sheets);
};

} // namespace ntm::core
