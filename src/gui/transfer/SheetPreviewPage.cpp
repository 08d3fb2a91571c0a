// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/SheetPreviewPage.h"

#include "ui_SheetPreviewPage.h"

#include "common/TableSetup.h"
#include "transfer/SheetImportWizard.h"

#include <QHeaderView>

namespace ntm::gui {

using namespace ntm::core;

namespace {
enum PreviewColumn
{
    RowColumn,
    StatusColumn,
    RecordColumn,
    ProblemsColumn
};

const QColor kErrorColour(0xb0, 0x00, 0x20);
const QColor kWarningColour(0x8a, 0x5a, 0x00);

QString statusLabel(SheetRowStatus s)
{
    switch (s) {
    case SheetRowStatus::Valid:
        return SheetPreviewPage::tr("OK");
    case SheetRowStatus::Warning:
        return SheetPreviewPage::tr("OK, with a warning");
    case SheetRowStatus::Error:
        return SheetPreviewPage::tr("Error");
    case SheetRowStatus::AlreadyPresent:
        return SheetPreviewPage::tr("Already in the register");
    }
    return {};
}

QColor statusBackground(SheetRowStatus s)
{
    switch (s) {
    case SheetRowStatus::Valid:
        return QColor(0xd9, 0xf2, 0xd9);
    case SheetRowStatus::Warning:
        return QColor(0xff, 0xf0, 0xb3);
    case SheetRowStatus::Error:
        return QColor(0xf8, 0xd0, 0xd0);
    case SheetRowStatus::AlreadyPresent:
        return QColor(0xe6, 0xe6, 0xe6);
    }
    return {};
}
} // namespace

SheetPreviewPage::SheetPreviewPage(SheetImportWizard& wizard)
    : m_ui(std::make_unique<Ui::SheetPreviewPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_ui->progressBar->hide();
    m_ui->rowsTable->setColumnCount(4);
    m_ui->rowsTable->setHorizontalHeaderLabels({tr("Row"), tr("Status"), tr("Record"), tr("Problems")});
    setupTable(m_ui->rowsTable);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->skipErrorsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard.setSkipRowsWithErrors(on);
        updateHint();
        Q_EMIT completeChanged();
    });
    connect(m_ui->createOfficialsCheck, &QCheckBox::toggled, this, &SheetPreviewPage::createOfficialsToggled);
    // A problem in the list selects its row in the table.
    connect(m_ui->problemList, &QListWidget::currentRowChanged, this, [this](int index) {
        const QListWidgetItem* item = m_ui->problemList->item(index);
        const int sheetRow = item ? item->data(Qt::UserRole).toInt() : 0;
        for (int r = 0; r < m_ui->rowsTable->rowCount(); ++r) {
            if (m_ui->rowsTable->item(r, RowColumn)->data(Qt::UserRole).toInt() == sheetRow) {
                m_ui->rowsTable->selectRow(r);
                m_ui->rowsTable->scrollToItem(m_ui->rowsTable->item(r, RowColumn));
            }
        }
    });
}

SheetPreviewPage::~SheetPreviewPage() = default;

void SheetPreviewPage::initializePage()
{
    m_failure.clear();
    const SheetImportPreview* p = m_wizard.preview();
    const bool rotations = p && p->request.kind == SheetImportKind::Rotations;
    m_ui->createOfficialsCheck->setVisible(rotations);
    {
        const QSignalBlocker blocker(m_ui->createOfficialsCheck);
        m_ui->createOfficialsCheck->setChecked(p && p->request.createUnknownOfficials);
    }
    {
        const QSignalBlocker blocker(m_ui->skipErrorsCheck);
        m_ui->skipErrorsCheck->setChecked(m_wizard.options().skipRowsWithErrors);
    }
    fill();
}

void SheetPreviewPage::fill()
{
    const SheetImportPreview* p = m_wizard.preview();
    m_ui->rowsTable->setRowCount(0);
    m_ui->problemList->clear();
    if (!p) {
        updateHint();
        return;
    }
    m_ui->rowsTable->setRowCount(static_cast<int>(p->rows.size()));
    for (int r = 0; r < p->rows.size(); ++r) {
        const SheetRowOutcome& o = p->rows.at(r);
        // Errors first: they are why a row is left out.
        QStringList problems;
        for (const bool warnings : {false, true}) {
            for (const SheetImportProblem& pr : o.problems) {
                if (pr.warning == warnings) {
                    const QString where = pr.header.isEmpty() ? QString() : pr.header + QStringLiteral(": ");
                    problems.append((pr.warning ? tr("warning: ") : QString()) + where + pr.message);
                }
            }
        }
        auto* row = new QTableWidgetItem(QString::number(o.row));
        row->setData(Qt::UserRole, o.row);
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* status = new QTableWidgetItem(statusLabel(o.status));
        status->setBackground(statusBackground(o.status));
        auto* problemItem = new QTableWidgetItem(problems.join(QStringLiteral("; ")));
        problemItem->setToolTip(problems.join(QLatin1Char('\n')));
        if (o.status == SheetRowStatus::Error) {
            problemItem->setForeground(kErrorColour);
        }
        m_ui->rowsTable->setItem(r, RowColumn, row);
        m_ui->rowsTable->setItem(r, StatusColumn, status);
        m_ui->rowsTable->setItem(r, RecordColumn, new QTableWidgetItem(o.label));
        m_ui->rowsTable->setItem(r, ProblemsColumn, problemItem);
    }
    m_ui->rowsTable->resizeColumnToContents(RowColumn);
    m_ui->rowsTable->resizeColumnToContents(StatusColumn);
    m_ui->rowsTable->setColumnWidth(RecordColumn, 260);
    for (const SheetImportProblem& e : p->errors) {
        auto* item = new QListWidgetItem(e.toString(), m_ui->problemList);
        item->setForeground(kErrorColour);
        item->setData(Qt::UserRole, e.row);
    }
    for (const SheetImportProblem& w : p->warnings) {
        auto* item = new QListWidgetItem(tr("Warning – %1").arg(w.toString()), m_ui->problemList);
        item->setForeground(kWarningColour);
        item->setData(Qt::UserRole, w.row);
    }
    const int errorRows = p->errorRows();
    QString counts = tr("%n row(s) read: ", nullptr, static_cast<int>(p->rows.size())) +
                     tr("%n valid", nullptr, p->valid) + QStringLiteral(", ") +
                     tr("%n with errors", nullptr, errorRows) + QStringLiteral(", ") +
                     tr("%n warning(s)", nullptr, static_cast<int>(p->warnings.size()));
    if (p->request.kind == SheetImportKind::Officials) {
        counts += QStringLiteral(", ") + tr("%n already in the register", nullptr, p->alreadyPresent);
    } else if (p->request.createUnknownOfficials) {
        counts += QStringLiteral(", ") + tr("%n new official(s) to create", nullptr, p->officialsToCreate);
    }
    m_ui->countsLabel->setText(counts + QLatin1Char('.'));
    m_ui->skipErrorsCheck->setEnabled(errorRows > 0);
    updateHint();
}

void SheetPreviewPage::createOfficialsToggled(bool on)
{
    m_wizard.setCreateOfficials(on);
    const Status checked = m_wizard.check(m_ui->progressBar, nullptr);
    m_ui->progressBar->hide();
    m_failure = checked ? QString() : checked.error().message;
    fill();
    Q_EMIT completeChanged();
}

void SheetPreviewPage::updateHint()
{
    const SheetImportPreview* p = m_wizard.preview();
    QString hint;
    QColor colour = kWarningColour;
    if (!m_failure.isEmpty() || !p) {
        hint = m_failure;
        colour = kErrorColour;
    } else if (p->notPeople) {
        hint = tr("The rows are not officials: check that this is the right file and sheet.");
        colour = kErrorColour;
    } else if (p->headerIncomplete()) {
        hint = tr("A required column is missing: go back and choose it.");
        colour = kErrorColour;
    } else if (p->errorRows() > 0 && !m_ui->skipErrorsCheck->isChecked()) {
        hint = tr("Import is possible when no row has an error: correct the spreadsheet and check it again (Back), "
                  "or tick \"Leave out the rows with errors\".");
        colour = kErrorColour;
    } else if (p->valid == 0) {
        hint = tr("No row can be imported.");
    } else {
        hint = tr("Import writes %n row(s) in one transaction.", nullptr, p->valid);
        colour = palette().color(QPalette::WindowText);
    }
    m_ui->hintLabel->setText(hint);
    QPalette pal = m_ui->hintLabel->palette();
    pal.setColor(QPalette::WindowText, colour);
    m_ui->hintLabel->setPalette(pal);
}

bool SheetPreviewPage::isComplete() const
{
    const SheetImportPreview* p = m_wizard.preview();
    return p && m_failure.isEmpty() && !p->refused() && p->valid > 0 &&
           (p->errorRows() == 0 || m_ui->skipErrorsCheck->isChecked()) && !m_wizard.isBusy();
}

bool SheetPreviewPage::validatePage()
{
    return isComplete();
}

} // namespace ntm::gui
