// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/ConflictInspector.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ConflictDialog;
}

class QPushButton;

namespace ntm::gui {

class AuditChangesModel;

/// Shown when a save was refused because someone else changed the record after the user read it: who changed
/// it and when, the fields where the saved record and the user's version differ, side by side, and the choice
/// between keeping what is saved and saving the user's version over it. Nothing was overwritten silently.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `what` names the record for people ("the rotation of Bùi Ngọc Nhật").
    ConflictDialog(const core::RecordConflict& conflict, const QString& what, QWidget* parent = nullptr);
    ~ConflictDialog() override;

    /// True when the user chose to save their version over the other person's.
    bool saveMine() const { return m_saveMine; }
    int differenceCount() const;

    /// After a conflict on `table`/`id`: inspects it, asks the user, and returns the row version to base a new
    /// save of their version on when they chose so; nothing when they keep the saved record (or it is gone).
    static std::optional<int> resolve(QWidget* parent, core::Database& db, const QString& table, const QString& id,
                                      const QString& what, const core::ConflictInspector::Apply& applyMine);

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    AuditChangesModel* m_changes;
    QPushButton* m_saveMineButton = nullptr;
    bool m_saveMine = false;
};

} // namespace ntm::gui
