// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/ServiceCommand.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CommuneSettingsDialog;
}

class QUndoStack;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// A commune's settings: target year, criteria set and commune group from a date (overriding the province's),
/// and its recognitions. Each change is its own undoable action, checked by core.
class CommuneSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    CommuneSettingsDialog(core::Database& db, QUndoStack& undo, const QString& communeId, QWidget* parent = nullptr);
    ~CommuneSettingsDialog() override;

    /// Reads the commune's settings again (after a change or an undo).
    void reload();

private:
    void saveTargetYear();
    void applySet();
    void applyGroup();
    void removeAssignment();
    void addRecognition();
    void removeRecognition();
    bool run(const QString& text, std::function<core::Status()> redo, std::function<core::Status()> undo);

    std::unique_ptr<Ui::CommuneSettingsDialog> m_ui;
    core::Database& m_db;
    QUndoStack& m_undo;
    QString m_communeId;
    int m_loadedTargetYear = 0;
    int m_loadedVersion = -1;
};

} // namespace ntm::gui
