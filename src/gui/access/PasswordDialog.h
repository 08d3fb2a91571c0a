// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// A new password, typed twice: the signed-in user changes their own (with the current one), or an
/// administrator resets another user's (who must change it at the next sign-in). Core checks the rules and
/// the dialog shows its message; it closes only once the password is saved.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `accountId` empty: the signed-in user's own password; else an administrator's reset of that account.
    PasswordDialog(core::Database& db, const QString& accountId, const QString& username, QWidget* parent = nullptr);
    ~PasswordDialog() override;

private:
    void save();

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    core::Database& m_db;
    QString m_accountId;
};

} // namespace ntm::gui
