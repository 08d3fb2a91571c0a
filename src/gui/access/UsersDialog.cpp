// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/UsersDialog.h"

#include "ui_UsersDialog.h"

#include "access/AccessPolicy.h"
#include "access/AccountService.h"
#include "access/PasswordDialog.h"
#include "access/UserDialog.h"
#include "common/PlaceNames.h"
#include "common/TableSetup.h"

#include <QHeaderView>
#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

UsersDialog::UsersDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UsersDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    setMinimumSize(860, 360);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_ui->usersTable->setColumnCount(ColumnCount);
    m_ui->usersTable->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Role"), tr("May change"), tr("State")});
    m_ui->usersTable->verticalHeader()->hide();
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTable->setColumnWidth(Username, 110);
    m_ui->usersTable->setColumnWidth(FullName, 170);
    m_ui->usersTable->setColumnWidth(RoleColumn, 160);
    m_ui->usersTable->setColumnWidth(Scope, 280);
    fitHeaders(m_ui->usersTable);
    m_ui->messageLabel->hide();
    connect(m_ui->newButton, &QPushButton::clicked, this, &UsersDialog::newUser);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(m_ui->usersTable, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::accept);
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    const QString current = selected() ? selected()->username : QString();
    const auto accounts = AccountService(m_db).accounts();
    m_accounts = accounts ? accounts.value() : QList<Account>();
    if (!accounts) {
        showProblem(accounts.error().message);
    }
    const QHash<QString, QString> places = placeNames(m_db);
    m_ui->usersTable->setRowCount(static_cast<int>(m_accounts.size()));
    for (int r = 0; r < m_accounts.size(); ++r) {
        const Account& a = m_accounts.at(r);
        QString scope = AccessPolicy::roleAllows(a.role);
        const QString place = places.value(a.districtId.isEmpty() ? a.communeId : a.districtId);
        if (!place.isEmpty()) {
            scope = tr("%1: %2").arg(place, scope);
        }
        QString state = a.active ? tr("Active") : tr("Disabled");
        if (a.active && a.mustChangePassword) {
            state = tr("Must change the password");
        }
        const QStringList cells{a.username, a.fullName, Vocabulary::label(a.role), scope, state};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == Username && !a.login.isEmpty()) {
                item->setToolTip(tr("%1 connects to the server as the login role %2").arg(a.username, a.login));
            }
            m_ui->usersTable->setItem(r, c, item);
        }
    }
    selectUser(current);
    updateButtons();
}

void UsersDialog::selectUser(const QString& username)
{
    for (int r = 0; r < m_accounts.size(); ++r) {
        if (m_accounts.at(r).username == username) {
            m_ui->usersTable->selectRow(r);
        }
    }
}

const Account* UsersDialog::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_ui->usersTable->selectedRanges();
    if (ranges.isEmpty() || ranges.constFirst().topRow() >= m_accounts.size()) {
        return nullptr;
    }
    return &m_accounts.at(ranges.constFirst().topRow());
}

void UsersDialog::updateButtons()
{
    const Account* a = selected();
    m_ui->resetButton->setEnabled(a);
    m_ui->activeButton->setEnabled(a);
    m_ui->activeButton->setText(a && !a->active ? tr("&Enable") : tr("&Disable"));
}

void UsersDialog::showProblem(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void UsersDialog::newUser()
{
    auto* dialog = new UserDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showProblem(QString());
        reload();
        for (const Account& a : std::as_const(m_accounts)) {
            if (a.id == dialog->createdId()) {
                selectUser(a.username);
            }
        }
    });
    dialog->open();
}

void UsersDialog::resetPassword()
{
    const Account* a = selected();
    if (!a) {
        return;
    }
    auto* dialog = new PasswordDialog(m_db, a->id, a->username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showProblem(QString());
        reload();
    });
    dialog->open();
}

void UsersDialog::toggleActive()
{
    const Account* a = selected();
    if (!a) {
        return;
    }
    Account changed = *a;
    changed.active = !changed.active;
    if (const Status saved = AccountService(m_db).update(changed); !saved) {
        showProblem(saved.error().message);
        return;
    }
    showProblem(QString());
    reload();
}

} // namespace ntm::gui
