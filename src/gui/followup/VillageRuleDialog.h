// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "service/followup/FollowUpData.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VillageRuleDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Adds or edits a province's rule for how villages feed a commune criterion: the criterion (of the set in force)
/// and indicator, what is measured, the threshold when known, whether the rule was checked against its source.
class VillageRuleDialog final : public QDialog
{
    Q_OBJECT

public:
    VillageRuleDialog(core::Database& db, const core::FollowUpData& data, const QString& setId,
                      const core::VillageCriterionRule& rule, QWidget* parent = nullptr);
    ~VillageRuleDialog() override;

    core::VillageCriterionRule rule() const;
    void accept() override;

private:
    void criterionChanged();

    std::unique_ptr<Ui::VillageRuleDialog> m_ui;
    core::Database& m_db;
    core::FollowUpData m_data;
    core::VillageCriterionRule m_original;
    FieldErrors m_errors;
};

} // namespace ntm::gui
