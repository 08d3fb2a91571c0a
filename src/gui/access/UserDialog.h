// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UserDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// An administrator creates an account: user name, full name, role, the district or commune it may change,
/// and a first password (typed twice). Core checks everything; the dialog closes once the account exists.
class UserDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserDialog(core::Database& db, QWidget* parent = nullptr);
    ~UserDialog() override;

    /// The id of the account created (after accept).
    QString createdId() const { return m_createdId; }

private:
    void fillScopes();
    void save();

    std::unique_ptr<Ui::UserDialog> m_ui;
    core::Database& m_db;
    QString m_createdId;
};

} // namespace ntm::gui
