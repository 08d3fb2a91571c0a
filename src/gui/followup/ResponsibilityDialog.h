// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "service/followup/FollowUpData.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResponsibilityDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Adds or edits a village in the charge of a working group, or of one of its members, for a period.
class ResponsibilityDialog final : public QDialog
{
    Q_OBJECT

public:
    ResponsibilityDialog(core::Database& db, const core::FollowUpData& data, const core::VillageResponsibility& r,
                         QWidget* parent = nullptr);
    ~ResponsibilityDialog() override;

    core::VillageResponsibility responsibility() const;
    void accept() override;

private:
    std::unique_ptr<Ui::ResponsibilityDialog> m_ui;
    core::Database& m_db;
    core::VillageResponsibility m_original;
    FieldErrors m_errors;
};

} // namespace ntm::gui
