// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "app/AppSettings.h"

#include <QPushButton>

namespace ntm::gui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Language names are written in their own language, as users look for them.
    m_ui->languageCombo->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(settings.language()));
    m_ui->endingSoonSpin->setValue(settings.endingSoonDays());
    m_ui->backupDaysSpin->setValue(settings.backupKeepDays());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::save()
{
    const QString language = m_ui->languageCombo->currentData().toString();
    const bool changed = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setEndingSoonDays(m_ui->endingSoonSpin->value());
    m_settings.setBackupKeepDays(m_ui->backupDaysSpin->value());
    m_settings.sync();
    return changed;
}

} // namespace ntm::gui
