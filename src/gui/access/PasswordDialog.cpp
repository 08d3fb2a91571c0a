// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/PasswordDialog.h"

#include "ui_PasswordDialog.h"

#include "access/AccountService.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

PasswordDialog::PasswordDialog(Database& db, const QString& accountId, const QString& username, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_db(db), m_accountId(accountId)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const bool own = accountId.isEmpty();
    m_ui->oldLabel->setVisible(own);
    m_ui->oldEdit->setVisible(own);
    if (own) {
        setWindowTitle(tr("Change password"));
        m_ui->introLabel->setText(
            tr("A new password for %1: at least %n character(s).", nullptr, AccountService::kMinPasswordLength)
                .arg(username));
    } else {
        setWindowTitle(tr("Reset password"));
        m_ui->introLabel->setText(tr("A new password for %1, who must change it at the next sign-in.").arg(username));
    }
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::save()
{
    QString problem;
    if (m_ui->newEdit->text() != m_ui->confirmEdit->text()) {
        problem = tr("The two new passwords differ.");
    } else {
        AccountService accounts(m_db);
        const Status saved = m_accountId.isEmpty()
                                 ? accounts.changePassword(m_ui->oldEdit->text(), m_ui->newEdit->text())
                                 : accounts.resetPassword(m_accountId, m_ui->newEdit->text());
        if (saved) {
            accept();
            return;
        }
        problem = saved.error().message;
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->show();
}

} // namespace ntm::gui
