// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpContext.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ActionsTab;
}

namespace ntm::gui {

class ActionTableModel;
class ActionTallyModel;
class PlanTableModel;

/// The commune dashboard's "Actions" tab: the actions of the review meetings as they stand on the shared date (all,
/// open, overdue or closed), the criteria of the set in force with their plans, open and overdue actions and whether
/// each plan is on track, and the actions per person; with the meeting follow-up (what a meeting opens with and
/// what it decides) and the editor, each change an undoable command.
class ActionsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsTab(QWidget* parent = nullptr);
    ~ActionsTab() override;

    void setContext(const std::shared_ptr<const FollowUpContext>& context);
    ActionTableModel* actionsModel() const { return m_actions; }
    PlanTableModel* plansModel() const { return m_plans; }
    ActionTallyModel* peopleModel() const { return m_people; }

    /// Opens the follow-up of a meeting (the latest on or before the date when `meetingId` is empty).
    void openFollowUp(const QString& meetingId = {});

private:
    void updateButtons();
    void addAction();
    void editAction(bool closing);
    void deleteAction();
    void editPlan();
    void report(const QString& message);
    const core::ReviewAction* selectedAction() const;
    QString latestMeeting() const;

    std::unique_ptr<Ui::ActionsTab> m_ui;
    ActionTableModel* m_actions;
    QSortFilterProxyModel* m_sorted;
    PlanTableModel* m_plans;
    ActionTallyModel* m_people;
    std::shared_ptr<const FollowUpContext> m_context;
};

} // namespace ntm::gui
