// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RestoreDialog;
}

namespace ntm::gui {

/// Chooses the backup to restore: the database's own backups newest first (daily, before an upgrade, before a
/// restore), or any other file.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    /// The chosen backup file (after accept).
    QString chosen() const { return m_chosen; }
    int backupCount() const;

private:
    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QString m_chosen;
};

} // namespace ntm::gui
