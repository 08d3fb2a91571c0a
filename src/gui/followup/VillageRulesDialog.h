// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/FollowUpData.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;
class QUndoStack;

namespace Ui {
class VillageRulesDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// The province's rules for how its villages feed commune criteria (Hà Tĩnh's criterion 20): listed with their
/// criterion, measure, threshold and whether each was verified against its source; the province (an administrator)
/// adds, edits and deletes them, each change undoable. Rules not in our sources are marked unverified.
class VillageRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    VillageRulesDialog(core::Database& db, QUndoStack& undo, const QString& communeId, const QString& setId,
                       QWidget* parent = nullptr);
    ~VillageRulesDialog() override;

    QStandardItemModel* model() const { return m_model; }

private:
    void reload();
    void edit(bool isNew);
    void remove();
    void report(const QString& message);

    std::unique_ptr<Ui::VillageRulesDialog> m_ui;
    core::Database& m_db;
    QUndoStack& m_undo;
    QString m_communeId;
    QString m_setId;
    core::FollowUpData m_data;
    QStandardItemModel* m_model;
};

} // namespace ntm::gui
