// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/SheetImportWizard.h"

#include "app/AppSettings.h"
#include "transfer/RunPage.h"
#include "transfer/SheetFilePage.h"
#include "transfer/SheetMappingPage.h"
#include "transfer/SheetPreviewPage.h"
#include "transfer/SummaryPage.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>

namespace ntm::gui {

using namespace ntm::core;

SheetImportWizard::SheetImportWizard(Database& db, AppSettings& settings, QWidget* parent)
    : TransferWizard(db, parent), m_settings(settings)
{
    setObjectName(QStringLiteral("sheetImportWizard"));
    setWindowTitle(tr("Import from spreadsheet"));
    setPage(FilePageId, new SheetFilePage(*this));
    setPage(MappingPageId, new SheetMappingPage(*this));
    setPage(PreviewPageId, new SheetPreviewPage(*this));
    setPage(RunPageId, new RunPage(*this, [this](QProgressBar* bar, QLabel* stage) { runImport(bar, stage); }));
    setPage(SummaryPageId, new SummaryPage(*this));
    resize(1000, 700);
}

SheetImportWizard::~SheetImportWizard() = default;

Status SheetImportWizard::read(SheetImportRequest request, QProgressBar* bar, QLabel* stage)
{
    const bool sameSheet = m_preview && request.path == m_request.path && request.kind == m_request.kind &&
                           request.sheetName == m_request.sheetName;
    if (!sameSheet) {
        request.columns.clear();
        request.headerRow = 0;
        m_recognised.clear();
    } else {
        request.columns = m_request.columns;
        request.headerRow = m_request.headerRow;
    }
    request.createUnknownOfficials = m_request.createUnknownOfficials;
    m_request = std::move(request);
    const Status checked = check(bar, stage);
    if (checked && !sameSheet) {
        for (const MappedColumn& c : m_preview->mapping.columns()) {
            m_recognised.insert(c.column, c.field);
        }
        m_settings.setTransferFolder(QFileInfo(m_request.path).absolutePath());
    }
    return checked;
}

Status SheetImportWizard::check(QProgressBar* bar, QLabel* stage)
{
    const PumpRun run(pump(), bar, stage);
    auto preview = SheetImport(database()).preview(m_request, pump().labelledCallback());
    if (!preview) {
        m_preview.reset();
        return preview.error();
    }
    m_preview = std::move(preview).value();
    // The header row found stays put while the user changes columns.
    m_request.headerRow = m_preview->mapping.headerRow() + 1;
    return {};
}

void SheetImportWizard::setColumns(const QHash<int, SheetField>& fields)
{
    m_request.columns.clear();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.value() != recognised(it.key())) {
            m_request.columns.insert(it.key(), it.value());
        }
    }
}

void SheetImportWizard::runImport(QProgressBar* bar, QLabel* stage)
{
    m_outcome.reset();
    Result<SheetImportOutcome> outcome = Error{};
    {
        const PumpRun run(pump(), bar, stage);
        outcome = SheetImport(database()).import(*m_preview, m_options, pump().labelledCallback());
    }
    if (!outcome) {
        setSummary(pump().wasCancelled()
                       ? tr("The import was cancelled. Nothing was written: the database is exactly as it was.")
                       : tr("The import failed and nothing was written; the database is as it was.\n\n%1")
                             .arg(outcome.error().message));
        return;
    }
    m_outcome = std::move(outcome).value();
    setSummary(describe(*m_outcome));
    if (m_outcome->written && m_outcome->imported > 0) {
        Q_EMIT dataChanged();
    }
}

QString SheetImportWizard::describe(const SheetImportOutcome& outcome) const
{
    const QString file = QFileInfo(m_request.path).fileName();
    if (!outcome.written) {
        // The rows were checked again inside the transaction: the database changed since the preview.
        QStringList lines{tr("Nothing was written: rows of %1 now have errors (the database changed since the "
                             "preview). Go back to the file and check it again.")
                              .arg(file)};
        for (int i = 0; i < outcome.checked.errors.size() && i < 10; ++i) {
            lines.append(QStringLiteral("• ") + outcome.checked.errors.at(i).toString());
        }
        return lines.join(QLatin1Char('\n'));
    }
    QStringList lines;
    lines.append(m_request.kind == SheetImportKind::Officials
                     ? tr("%n official(s) imported from %1.", nullptr, outcome.imported).arg(file)
                     : tr("%n rotation decision(s) imported from %1.", nullptr, outcome.imported).arg(file));
    if (outcome.officialsCreated > 0) {
        lines.append(tr("%n official(s) created in the register for them.", nullptr, outcome.officialsCreated));
    }
    if (outcome.skipped > 0) {
        lines.append(tr("%n row(s) with errors left out.", nullptr, outcome.skipped));
    }
    if (outcome.checked.alreadyPresent > 0) {
        lines.append(
            tr("%n row(s) already in the register, left as they are.", nullptr, outcome.checked.alreadyPresent));
    }
    if (!outcome.checked.warnings.isEmpty()) {
        lines.append(tr("%n warning(s) accepted.", nullptr, int(outcome.checked.warnings.size())));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ntm::gui
