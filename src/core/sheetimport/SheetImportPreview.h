// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sheet.h"
#include "sheetimport/ColumnMapping.h"
#include "sheetimport/SheetImportRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ntm::core {

/// One finding about a cell, a row or the header, located as the user sees the spreadsheet.
struct SheetImportProblem
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SheetImportProblem)

public:
    int row = 0;     ///< The spreadsheet's row number (the header is row 1 in a plain sheet).
    int column = -1; ///< 0 = column A; -1 when the problem is about the row or a field without a column.
    QString header;  ///< The column's header as written (or the field's label when no column fills it).
    SheetField field = SheetField::None;
    QString message;
    bool warning = false; ///< Warnings do not stop a row; the import records it anyway.

    /// "row 14, Ngày sinh: 31/02/1975 is not a date".
    QString toString() const;
};

enum class SheetRowStatus
{
    Valid,          ///< Will be written.
    Warning,        ///< Will be written; see its warnings.
    Error,          ///< Will not be written; see its errors.
    AlreadyPresent, ///< Officials: the same person (name and birth date) is in the register; left as it is.
};

/// What the check says about one data row.
struct SheetRowOutcome
{
    int row = 0; ///< The spreadsheet's row number.
    SheetRowStatus status = SheetRowStatus::Valid;
    QString label; ///< "Bùi Ngọc Nhật", or "Bùi Ngọc Nhật → Xã Đức Yên", to name the row in a list.
    QList<SheetImportProblem> problems;
};

/// What an import would do, found without writing anything: the mapping used, the outcome of each data row and
/// every error and warning. Blank rows are left out.
struct SheetImportPreview
{
    SheetImportRequest request;
    QString sheetName;      ///< The worksheet read (the file's name for CSV).
    QStringList sheetNames; ///< Every worksheet of the file, for a sheet chooser.
    ColumnMapping mapping;
    QList<SheetRowOutcome> rows;
    int valid = 0; ///< Rows that would be written (Valid or Warning).
    int alreadyPresent = 0;
    int officialsToCreate = 0; ///< Rotations with createUnknownOfficials: new officials the rows would add.
    /// Errors of the header (a required field without a column: nothing can be imported) and of the rows.
    QList<SheetImportProblem> errors;
    QList<SheetImportProblem> warnings;
    Sheet sheet;            ///< The cells read, so that import(preview) writes what was previewed.
    bool notPeople = false; ///< Most rows' names are not people's names: the sheet is refused (SheetPlausibility).

    /// Rows with at least one error.
    int errorRows() const;
    /// True when the header lacks a required column, or the columns that identify an official: no row can be
    /// imported, whatever the options.
    bool headerIncomplete() const;
    /// True when nothing can be imported, whatever the options: the header is incomplete or the rows are not people.
    bool refused() const { return headerIncomplete() || notPeople; }
};

/// What import() did.
struct SheetImportOutcome
{
    SheetImportPreview checked; ///< The check the import made (in its transaction, against the data as it was).
    bool written = false;       ///< False when errors stopped the import (nothing was written).
    int imported = 0;           ///< Rows written.
    int skipped = 0;            ///< Rows with errors left out (skipRowsWithErrors).
    int officialsCreated = 0;   ///< Rotations: officials created from the sheet.
};

} // namespace ntm::core
