// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/Review.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReviewMeetingDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Adds or edits a review meeting (giao ban): date, chair, the criteria discussed (of the set in force on the
/// date), decisions and who is responsible. Save checks core's rules; the caller pushes the undo command.
class ReviewMeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewMeetingDialog(core::Database& db, const core::ReviewMeeting& meeting, QWidget* parent = nullptr);
    ~ReviewMeetingDialog() override;

    core::ReviewMeeting meeting() const;
    void accept() override;

private:
    void fillCriteria();

    std::unique_ptr<Ui::ReviewMeetingDialog> m_ui;
    core::Database& m_db;
    core::ReviewMeeting m_original;
    FieldErrors m_errors;
};

} // namespace ntm::gui
