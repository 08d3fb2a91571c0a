// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Account.h"
#include "access/AccountService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

class QTimer;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Asks for a user name and password when the open database has accounts (AccountService::signIn). A failed
/// attempt shows core's message and counts down the growing delay before the next attempt can be checked.
/// Accepted once the database's actor is the signed-in account.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(core::Database& db, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /// Seconds left before the next attempt (0 when one can be made now).
    int secondsLeft() const { return m_secondsLeft; }
    /// Test seam: the clock (UTC) the sign-in and the delay are measured with; by default the system clock.
    static void setClock(core::AccountService::Clock clock);

    /// The account signed in (after accept).
    const core::Account& account() const { return m_account; }

private:
    void signIn();
    void startWaiting(int seconds);
    void tick();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    core::Database& m_db;
    QTimer* m_timer;
    int m_secondsLeft = 0;
    core::Account m_account;
};

} // namespace ntm::gui
