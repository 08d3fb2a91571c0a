// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/WorkingGroups.h"

#include <QDialog>

#include <memory>

namespace Ui {
class WorkingGroupDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Adds or edits a working group: its name, the decision that formed it (number, date, issuing body) and its
/// period. Save checks core's rules (WorkingGroupRules); the caller pushes the undo command.
class WorkingGroupDialog final : public QDialog
{
    Q_OBJECT

public:
    WorkingGroupDialog(core::Database& db, const core::WorkingGroup& group, QWidget* parent = nullptr);
    ~WorkingGroupDialog() override;

    core::WorkingGroup group() const;
    void accept() override;

private:
    std::unique_ptr<Ui::WorkingGroupDialog> m_ui;
    core::Database& m_db;
    core::WorkingGroup m_original;
    FieldErrors m_errors;
};

} // namespace ntm::gui
