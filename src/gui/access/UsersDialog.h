// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Account.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UsersDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// The administrator's list of accounts: create one (role and scope), reset a password, disable or enable an
/// account. Every change goes through AccountService, which refuses it for anyone but an administrator and keeps
/// one active administrator; a refusal is shown under the list.
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Username,
        FullName,
        RoleColumn,
        Scope,
        State,
        ColumnCount
    };

    explicit UsersDialog(core::Database& db, QWidget* parent = nullptr);
    ~UsersDialog() override;

    /// Reads the accounts again.
    void reload();
    /// Selects the account with this user name (tests, and after creating one).
    void selectUser(const QString& username);

private:
    const core::Account* selected() const;
    void newUser();
    void resetPassword();
    void toggleActive();
    void updateButtons();
    void showProblem(const QString& message);

    std::unique_ptr<Ui::UsersDialog> m_ui;
    core::Database& m_db;
    QList<core::Account> m_accounts;
};

} // namespace ntm::gui
