// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/ReviewActions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CriterionPlanDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Sets the date by which the commune plans to meet a criterion (Save), or removes the plan (Discard, shown
/// as "Remove plan" when there is one).
class CriterionPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    CriterionPlanDialog(core::Database& db, const core::CriterionPlan& plan, const QString& criterionLabel,
                        QWidget* parent = nullptr);
    ~CriterionPlanDialog() override;

    core::CriterionPlan plan() const;
    /// The user asked to remove the plan (the dialog was accepted that way).
    bool removeRequested() const { return m_remove; }
    void accept() override;

private:
    std::unique_ptr<Ui::CriterionPlanDialog> m_ui;
    core::Database& m_db;
    core::CriterionPlan m_original;
    FieldErrors m_errors;
    bool m_remove = false;
};

} // namespace ntm::gui
