// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetimport/SheetField.h"

#include <QHash>
#include <QString>

namespace ntm::core {

/// What to read and how to read it: the file, the kind of records, and the user's choices of the mapping step.
/// The same request gives the same preview; import() takes it (or the preview made from it) unchanged.
struct SheetImportRequest
{
    QString path; ///< .xlsx (read by content, whatever its name) or CSV (.csv, .txt, anything else).
    SheetImportKind kind = SheetImportKind::Officials;
    QString sheetName; ///< Worksheet of an .xlsx file; empty: the first one. Ignored for CSV.
    int headerRow = 0; ///< Spreadsheet row number of the header (1 = the first row); 0: found automatically.
    /// Column (0 = A) → field, over the automatic recognition; SheetField::None leaves a column out.
    QHash<int, SheetField> columns;
    /// Rotations: an official not in the register is created from the row's name, gender, birth date, unit and
    /// position; otherwise such a row is an error. Part of the request, not of the options, because it changes
    /// what the preview reports.
    bool createUnknownOfficials = false;
};

/// How to write what the preview found.
struct SheetImportOptions
{
    /// Import the valid rows and leave out the rows with errors; otherwise any error stops the whole import.
    bool skipRowsWithErrors = false;
};

} // namespace ntm::core
