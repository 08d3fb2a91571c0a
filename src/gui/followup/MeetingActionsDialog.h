// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/FollowUpData.h"

#include <QDialog>

#include <memory>

class QUndoStack;

namespace Ui {
class MeetingActionsDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

class ActionTableModel;

/// The weekly review's follow-up, meeting by meeting: it opens with the actions due or overdue at the meeting
/// (decided earlier, not closed before it, due by its date), to mark done or not done, and lists the actions the
/// meeting decided, to add, edit or delete. Every change is an undoable command through core's ActionService.
class MeetingActionsDialog final : public QDialog
{
    Q_OBJECT

public:
    MeetingActionsDialog(core::Database& db, QUndoStack& undo, const QString& communeId, const QString& meetingId,
                         QWidget* parent = nullptr);
    ~MeetingActionsDialog() override;

    ActionTableModel* dueModel() const { return m_due; }
    ActionTableModel* decidedModel() const { return m_decided; }

private:
    void reload();
    void fillMeetings();
    void showMeeting();
    void close(core::ActionOutcome outcome);
    void addAction();
    void editAction();
    void deleteAction();
    void report(const QString& message);
    QString meetingId() const;
    QDate meetingDate() const;

    std::unique_ptr<Ui::MeetingActionsDialog> m_ui;
    core::Database& m_db;
    QUndoStack& m_undo;
    QString m_communeId;
    core::FollowUpData m_data;
    ActionTableModel* m_due;
    ActionTableModel* m_decided;
};

} // namespace ntm::gui
