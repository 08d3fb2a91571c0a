// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sheet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ntm::core {

/// Opens the spreadsheet to import, whichever it is: an Excel workbook (recognised by its content, so a
/// workbook saved under a .csv name is still read as one) through XlsxReader, anything else as CSV through
/// CsvReader; then picks the worksheet asked for.
class SheetSource final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SheetSource)

public:
    struct Loaded
    {
        Sheet sheet;
        QStringList sheetNames;
    };

    /// The worksheet `sheetName` (case and diacritics ignored), or the first one when it is empty.
    static Result<Loaded> load(const QString& path, const QString& sheetName);
    /// True when the file is (or claims by its name to be) an Excel workbook rather than CSV text.
    static bool isWorkbook(const QString& path);
};

} // namespace ntm::core
