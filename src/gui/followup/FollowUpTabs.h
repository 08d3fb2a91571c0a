// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpContext.h"

#include <QObject>

#include <memory>

class QTabWidget;

namespace ntm::gui {

class ActionsTab;
class MemberResultsTab;
class VillageProgressTab;
class WorkingGroupsTab;

/// The commune dashboard's follow-up of Thạch Khê's way (issue 20): adds the tabs "Working groups", "Actions",
/// "Village progress" and "Members' results" to the dashboard's tab widget, reads the commune's data once per
/// refresh (FollowUpService) and gives it to each.
class FollowUpTabs final : public QObject
{
    Q_OBJECT

public:
    explicit FollowUpTabs(QTabWidget* tabs);

    void show(core::Database* db, QUndoStack* undo, const QString& communeId, const QDate& asOf,
              const core::CommuneProgress& progress);
    /// Opens the follow-up dialog of a meeting (after a new meeting is recorded: it opens with what is due).
    void openMeetingFollowUp(const QString& meetingId);

    WorkingGroupsTab* groups() const { return m_groups; }
    ActionsTab* actions() const { return m_actions; }
    VillageProgressTab* villages() const { return m_villages; }
    MemberResultsTab* members() const { return m_members; }

Q_SIGNALS:
    void summaryRequested(const QString& communeId, const QString& personKey, const QDate& asOf, bool print);
    void errorOccurred(const QString& message);

private:
    void setTitles(const FollowUpContext& c);

    QTabWidget* m_tabs;
    WorkingGroupsTab* m_groups;
    ActionsTab* m_actions;
    VillageProgressTab* m_villages;
    MemberResultsTab* m_members;
};

} // namespace ntm::gui
