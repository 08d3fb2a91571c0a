// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/PackageFilePage.h"

#include "ui_PackageFilePage.h"

#include "app/AppSettings.h"
#include "app/Messages.h"
#include "transfer/Banner.h"
#include "transfer/ImportPackageWizard.h"

namespace ntm::gui {

PackageFilePage::PackageFilePage(ImportPackageWizard& wizard)
    : m_ui(std::make_unique<Ui::PackageFilePage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    m_ui->stageLabel->hide();
    banner::clear(m_ui->errorLabel);
    m_ui->pathEdit->setPlaceholderText(tr("e.g. huyen-duc-tho-2026-11-29.json"));
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, [this] {
        banner::clear(m_ui->errorLabel);
        Q_EMIT completeChanged();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &PackageFilePage::browse);
}

PackageFilePage::~PackageFilePage() = default;

void PackageFilePage::browse()
{
    const QString path = Messages::openFile(this, tr("Import package"), tr("Exchange packages (*.json);;All files (*)"),
                                            m_wizard.settings().transferFolder());
    if (!path.isEmpty()) {
        m_ui->pathEdit->setText(path);
    }
}

bool PackageFilePage::isComplete() const
{
    return !m_ui->pathEdit->text().trimmed().isEmpty() && !m_wizard.isBusy();
}

bool PackageFilePage::validatePage()
{
    if (m_wizard.isBusy()) {
        return false;
    }
    banner::clear(m_ui->errorLabel);
    const core::Status loaded = m_wizard.load(m_ui->pathEdit->text().trimmed(), m_ui->progressBar, m_ui->stageLabel);
    m_ui->progressBar->hide();
    m_ui->stageLabel->hide();
    if (!loaded) {
        banner::showError(m_ui->errorLabel, loaded.error().message);
        return false;
    }
    return true;
}

QString PackageFilePage::errorText() const
{
    return m_ui->errorLabel->toolTip();
}

} // namespace ntm::gui
