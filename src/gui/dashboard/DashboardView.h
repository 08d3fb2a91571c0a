// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CommuneDashboard.h"
#include "shell/View.h"

#include <memory>

namespace Ui {
class DashboardView;
}

namespace ntm::gui {

class CommuneChooser;
class FollowUpTabs;
class StepChart;

/// One commune at a glance as of the shared date: where it stands (set, group, target, recognition), which
/// criteria it meets, how the count grew with the rotated officials' tenures drawn as bands, who served there,
/// the review meetings and the villages with the party committee member responsible for each; and Thạch Khê's way
/// (FollowUpTabs): working groups, actions of the meetings, village progress and members' results.
class DashboardView final : public View
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    QString title() const override;
    void setDatabase(core::Database* db) override;
    void setAsOf(const QDate& date) override;
    void refresh() override;
    void focusSearch() override;
    void setUndoStack(QUndoStack* stack) override { m_undo = stack; }
    QByteArray saveViewState() const override;
    void restoreViewState(const QByteArray& state) override;
    QString reportCommuneId() const override { return m_communeId; }

    /// Shows this commune.
    void showCommune(const QString& communeId);
    /// Makes this commune the one shown next time the view is seen (unknown ids are ignored): the signed-in commune
    /// leader's, the last one viewed, or the one another view shows.
    void setCommune(const QString& communeId);
    QString communeId() const { return m_communeId; }
    const core::CommuneDashboard& dashboard() const { return m_data; }
    StepChart* chart() const { return m_chart; }
    /// The working groups, actions, village progress and members' results tabs (issue 20).
    FollowUpTabs* followUp() const { return m_followUp; }

Q_SIGNALS:
    /// The user asked to record several criteria of the commune (routed to the criteria board).
    void recordRequested(const QString& communeId);
    /// The user asked for the commune's criterion progress timeline (routed to the timeline view).
    void timelineRequested(const QString& communeId);
    /// The user chose a commune to look at (the window remembers it and carries it to the timeline).
    void communeChosen(const QString& communeId);
    /// The user asked for a working-group member's one-page summary (routed to the report actions).
    void memberSummaryRequested(const QString& communeId, const QString& personKey, const QDate& asOf, bool print);

private:
    void fillCommunes();
    void show(const core::CommuneDashboard& d);
    void fillHeader(const core::CommuneDashboard& d);
    void fillCriteria(const core::CommuneDashboard& d);
    void fillChart(const core::CommuneDashboard& d);
    void fillOfficials(const core::CommuneDashboard& d);
    void fillMeetings(const core::CommuneDashboard& d);
    void fillVillages(const core::CommuneDashboard& d);
    void editMeeting(bool isNew);
    void deleteMeeting();
    void editVillage(bool isNew);
    void deleteVillage();
    void openSettings();
    void report(const QString& message);

    std::unique_ptr<Ui::DashboardView> m_ui;
    StepChart* m_chart;
    CommuneChooser* m_chooser = nullptr;
    FollowUpTabs* m_followUp = nullptr;
    core::Database* m_db = nullptr;
    QUndoStack* m_undo = nullptr;
    bool m_communesFilled = false;
    QDate m_asOf;
    QString m_communeId;
    core::CommuneDashboard m_data;
    QHash<QString, int> m_criterionNumbers; ///< Every criterion id of every set -> its number.
};

} // namespace ntm::gui
