// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sheet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ntm::core {

/// Reads the cell values of an Excel workbook (.xlsx, as written by Excel, LibreOffice, Google Sheets or
/// WPS) for import: text, numbers and the cached results of formulas, sheet by sheet in the workbook's order.
/// Formatting is ignored, so dates arrive as Excel serial numbers (see excelSerialToDate()). A damaged or
/// hostile file gives an Error naming the problem, never a crash or an unbounded allocation.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::XlsxReader)

public:
    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    /// Cells (including the empty ones before a value) one sheet may occupy in memory: far above any real
    /// import, far below what would exhaust memory.
    static constexpr qint64 kMaxCells = 5'000'000;

    static Result<QList<Sheet>> read(const QString& path);
    static Result<QStringList> sheetNames(const QString& path);

    /// The date of an Excel serial number in the 1900 date system (1 = 1900-01-01; the time of day is
    /// dropped). Excel counts a 29 February 1900 that never existed, so serial 60 is no date and later
    /// serials are one day behind a plain count. An invalid QDate for serials that are no date.
    static QDate excelSerialToDate(double serial);
};

} // namespace ntm::core
