// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/SheetFilePage.h"

#include "ui_SheetFilePage.h"

#include "app/AppSettings.h"
#include "app/Messages.h"
#include "sheetimport/SheetSource.h"
#include "transfer/Banner.h"
#include "transfer/SheetImportWizard.h"

#include <QFileInfo>

namespace ntm::gui {

using namespace ntm::core;

SheetFilePage::SheetFilePage(SheetImportWizard& wizard) : m_ui(std::make_unique<Ui::SheetFilePage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    m_ui->stageLabel->hide();
    banner::clear(m_ui->errorLabel);
    m_ui->pathEdit->setPlaceholderText(tr("e.g. can-bo-luan-chuyen.xlsx"));
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, [this] {
        banner::clear(m_ui->errorLabel);
        Q_EMIT completeChanged();
    });
    connect(m_ui->pathEdit, &QLineEdit::editingFinished, this, &SheetFilePage::loadSheetNames);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SheetFilePage::browse);
}

SheetFilePage::~SheetFilePage() = default;

void SheetFilePage::browse()
{
    const QString path = Messages::openFile(
        this, tr("Import from spreadsheet"),
        tr("Spreadsheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv *.txt);;All files (*)"),
        m_wizard.settings().transferFolder());
    if (!path.isEmpty()) {
        m_ui->pathEdit->setText(path);
        loadSheetNames();
    }
}

void SheetFilePage::loadSheetNames()
{
    const QString path = m_ui->pathEdit->text().trimmed();
    if (path == m_sheetsOf) {
        return;
    }
    m_sheetsOf = path;
    m_ui->sheetCombo->clear();
    m_ui->sheetCombo->setEnabled(false);
    if (!QFileInfo(path).isFile() || !SheetSource::isWorkbook(path)) {
        return; // CSV has one sheet; a missing file is reported by Next
    }
    const auto names = SheetImport::sheetNames(path);
    if (!names) {
        banner::showError(m_ui->errorLabel, names.error().message);
        return;
    }
    m_ui->sheetCombo->addItems(names.value());
    m_ui->sheetCombo->setEnabled(names.value().size() > 1);
}

bool SheetFilePage::isComplete() const
{
    return !m_ui->pathEdit->text().trimmed().isEmpty() && !m_wizard.isBusy();
}

bool SheetFilePage::validatePage()
{
    if (m_wizard.isBusy()) {
        return false;
    }
    loadSheetNames();
    banner::clear(m_ui->errorLabel);
    SheetImportRequest request;
    request.path = m_ui->pathEdit->text().trimmed();
    request.kind = m_ui->rotationsRadio->isChecked() ? SheetImportKind::Rotations : SheetImportKind::Officials;
    request.sheetName = m_ui->sheetCombo->currentText();
    const Status opened = m_wizard.read(request, m_ui->progressBar, m_ui->stageLabel);
    m_ui->progressBar->hide();
    m_ui->stageLabel->hide();
    if (!opened) {
        banner::showError(m_ui->errorLabel, opened.error().message);
        return false;
    }
    return true;
}

QString SheetFilePage::errorText() const
{
    return m_ui->errorLabel->toolTip();
}

} // namespace ntm::gui
