// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "service/followup/FollowUpData.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ActionDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Adds or edits an action a review meeting decided: what, about which criterion (of the set in force on the
/// meeting's date) or village, who answers for it (a working-group member of that day, or any name), when it is
/// due; and closes it as done or not done with the date and a note. Save checks core's rules (ActionService).
class ActionDialog final : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(core::Database& db, const core::FollowUpData& data, const core::ReviewAction& action,
                 QWidget* parent = nullptr);
    ~ActionDialog() override;

    core::ReviewAction action() const;
    /// Opens on the outcome: the action is being closed (Mark done…).
    void closeAs(core::ActionOutcome outcome, const QDate& on);
    void accept() override;

private:
    void meetingChanged();
    void outcomeChanged();
    QDate meetingDate() const;

    std::unique_ptr<Ui::ActionDialog> m_ui;
    core::Database& m_db;
    core::FollowUpData m_data;
    core::ReviewAction m_original;
    FieldErrors m_errors;
};

} // namespace ntm::gui
