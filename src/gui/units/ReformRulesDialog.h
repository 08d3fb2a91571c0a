// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "service/recognition/ReformService.h"

#include <QDialog>

#include <memory>

class QUndoStack;

namespace Ui {
class ReformRulesDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// The rule each administrative reform applies to recognitions across mergers (3372/BNN-VPĐP for 2019–2021;
/// the 1/7/2025 reform unverified until a source is found): an administrator changes it here, one undoable and
/// audited step per save; everyone else reads it.
class ReformRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    ReformRulesDialog(core::Database& db, QUndoStack* undo, QWidget* parent = nullptr);
    ~ReformRulesDialog() override;

    /// Selects a reform by code ("vn-2025-07"), for other views and tests.
    void selectReform(const QString& code);
    /// Saves the editor's rule for the selected reform (the Save button).
    bool save();

private:
    void load();
    void showSelected();
    core::Reform edited() const;

    std::unique_ptr<Ui::ReformRulesDialog> m_ui;
    core::Database& m_db;
    QUndoStack* m_undo;
    QList<core::ReformRow> m_rows;
    FieldErrors m_errors;
    bool m_admin = false;
};

} // namespace ntm::gui
