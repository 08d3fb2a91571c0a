// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetimport/SheetImport.h"
#include "transfer/TransferWizard.h"
#include "util/Result.h"

#include <QHash>

#include <optional>

class QLabel;
class QProgressBar;

namespace ntm::gui {

class AppSettings;

/// File > Import from spreadsheet: officials or rotation decisions from an .xlsx or CSV file. Choose the file,
/// the kind of records and the worksheet → the column mapping, as recognised from the headers and changeable
/// column by column → the preview: every row checked with core's rules, the errors by row and column, the
/// choice to leave out the rows with errors (otherwise Import stays disabled while there are any) and, for
/// rotations, to create the officials not in the register → the import in one transaction → a summary. Nothing
/// is written before Import. Uses core's SheetImport (docs/spreadsheet-import.md).
class SheetImportWizard final : public TransferWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        PreviewPageId,
        RunPageId,
        SummaryPageId
    };

    SheetImportWizard(core::Database& db, AppSettings& settings, QWidget* parent = nullptr);
    ~SheetImportWizard() override;

    AppSettings& settings() const { return m_settings; }

    /// Reads and checks the file for `request` (its path, kind and sheet). Column choices made for another file,
    /// kind or sheet are dropped.
    core::Status read(core::SheetImportRequest request, QProgressBar* bar, QLabel* stage);
    /// Checks again with the current request (after a column or an option changed).
    core::Status check(QProgressBar* bar, QLabel* stage);

    const core::SheetImportRequest& request() const { return m_request; }
    const core::SheetImportPreview* preview() const { return m_preview ? &*m_preview : nullptr; }
    /// The field the headers gave each column, before any choice of the user.
    core::SheetField recognised(int column) const { return m_recognised.value(column, core::SheetField::None); }
    /// The user's mapping, column → field (what differs from the recognition is kept as an override).
    void setColumns(const QHash<int, core::SheetField>& fields);
    void setCreateOfficials(bool create) { m_request.createUnknownOfficials = create; }
    void setSkipRowsWithErrors(bool skip) { m_options.skipRowsWithErrors = skip; }
    const core::SheetImportOptions& options() const { return m_options; }
    const std::optional<core::SheetImportOutcome>& outcome() const { return m_outcome; }

private:
    void runImport(QProgressBar* bar, QLabel* stage);
    QString describe(const core::SheetImportOutcome& outcome) const;

    AppSettings& m_settings;
    core::SheetImportRequest m_request;
    core::SheetImportOptions m_options;
    std::optional<core::SheetImportPreview> m_preview;
    QHash<int, core::SheetField> m_recognised;
    std::optional<core::SheetImportOutcome> m_outcome;
};

} // namespace ntm::gui
