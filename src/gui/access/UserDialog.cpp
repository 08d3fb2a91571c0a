// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/UserDialog.h"

#include "ui_UserDialog.h"

#include "access/AccessPolicy.h"
#include "access/AccountService.h"
#include "store/UnitStore.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

UserDialog::UserDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (const Role r : {Role::Personnel, Role::CommuneLeader, Role::Reviewer, Role::Admin}) {
        m_ui->roleCombo->addItem(Vocabulary::label(r), static_cast<int>(r));
    }
    m_ui->messageLabel->hide();
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &UserDialog::fillScopes);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillScopes();
}

UserDialog::~UserDialog() = default;

void UserDialog::fillScopes()
{
    const auto role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    m_ui->scopeCombo->clear();
    m_ui->allowsLabel->setText(tr("May change: %1.").arg(AccessPolicy::roleAllows(role)));
    if (role == Role::Personnel) {
        if (const auto districts = UnitStore(m_db).districts()) {
            for (const District& d : districts.value()) {
                if (d.existsOn(QDate::currentDate()) || !d.validTo.isValid()) {
                    m_ui->scopeCombo->addItem(d.title(), d.id);
                }
            }
        }
    } else if (role == Role::CommuneLeader) {
        if (const auto communes = UnitStore(m_db).communesOn(QDate::currentDate())) {
            for (const CommuneRow& c : communes.value()) {
                m_ui->scopeCombo->addItem(
                    c.districtTitle.isEmpty() ? c.title() : tr("%1, %2").arg(c.title(), c.districtTitle), c.id);
            }
        }
    }
    const bool scoped = m_ui->scopeCombo->count() > 0;
    m_ui->scopeCombo->setEnabled(scoped);
    if (!scoped) {
        m_ui->scopeCombo->addItem(tr("The whole province"));
    }
}

void UserDialog::save()
{
    if (m_ui->passwordEdit->text() != m_ui->confirmEdit->text()) {
        m_ui->messageLabel->setText(tr("The two passwords differ."));
        m_ui->messageLabel->show();
        return;
    }
    NewAccount a;
    a.username = m_ui->usernameEdit->text().trimmed();
    a.fullName = m_ui->fullNameEdit->text().trimmed();
    a.role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    if (a.role == Role::Personnel) {
        a.districtId = m_ui->scopeCombo->currentData().toString();
    } else if (a.role == Role::CommuneLeader) {
        a.communeId = m_ui->scopeCombo->currentData().toString();
    }
    a.password = m_ui->passwordEdit->text();
    const auto created = AccountService(m_db).create(a);
    if (!created) {
        m_ui->messageLabel->setText(created.error().message);
        m_ui->messageLabel->show();
        return;
    }
    m_createdId = created.value();
    accept();
}

} // namespace ntm::gui
