// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetimport/SheetField.h"
#include "sheetimport/SheetImportPreview.h"
#include "sheetimport/SheetImportRequest.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace ntm::core {

class Database;
struct PreparedRow;

/// Imports officials or rotations from the spreadsheets offices already keep (.xlsx or CSV): reads the sheet,
/// maps its columns to fields (recognised from the headers, overridable), checks every row with the core rules
/// against the database and against the other rows, and shows all of it in a preview before anything is
/// written. import() then writes in one transaction through OfficialService and RotationService (so every
/// record gets its audit entry): all the rows, or, when the caller says so, all the rows without errors; a
/// cancel or a failure leaves the database as it was. See docs/spreadsheet-import.md.
///
/// The import dialog: preview(request) → show preview.mapping (SheetImport::fields(kind) fills the choices),
/// the row outcomes and the errors; on a changed column, set request.columns[column] = field and preview again;
/// on OK, import(preview, options, progress).
class SheetImport final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SheetImport)

public:
    /// Called with (done, total, what) after each row checked or written; return false to cancel.
    using Progress = std::function<bool(int done, int total, const QString& what)>;

    explicit SheetImport(Database& db) : m_db(db) {}

    /// The fields a sheet of `kind` can fill, with translated labels, for the mapping step.
    static QList<SheetFieldInfo> fields(SheetImportKind kind) { return SheetFields::of(kind); }
    /// The worksheets of a file (one, named after the file, for CSV).
    static Result<QStringList> sheetNames(const QString& path);

    /// Reads and checks without writing anything. An Error only when the file cannot be read (or on cancel);
    /// problems of the header and of rows are in the preview.
    Result<SheetImportPreview> preview(const SheetImportRequest& request, const Progress& progress = {});
    /// Reads, checks and writes. When rows have errors and options.skipRowsWithErrors is not set, nothing is
    /// written and the outcome (written == false) holds the errors. An Error when the file cannot be read, on
    /// cancel, or when writing fails; the database is then left as it was.
    Result<SheetImportOutcome> import(const SheetImportRequest& request, const SheetImportOptions& options,
                                      const Progress& progress = {});
    /// Writes what `preview` showed: the same cells, checked again inside the import's transaction (the
    /// database may have changed since).
    Result<SheetImportOutcome> import(const SheetImportPreview& preview, const SheetImportOptions& options,
                                      const Progress& progress = {});

private:
    struct Analysis;

    Result<Analysis> analyse(const SheetImportRequest& request, QString sheetName, QStringList sheetNames, Sheet sheet,
                             const Progress& progress);
    Status checkRows(Analysis& analysis, const Progress& progress);
    Status write(const QList<PreparedRow>& rows, SheetImportOutcome& outcome, const Progress& progress);

    Database& m_db;
};

} // namespace ntm::core
