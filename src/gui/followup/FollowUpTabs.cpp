// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/FollowUpTabs.h"

#include "followup/ActionsTab.h"
#include "followup/MemberResultsTab.h"
#include "followup/VillageProgressTab.h"
#include "followup/WorkingGroupsTab.h"
#include "service/followup/FollowUpFigures.h"
#include "service/followup/FollowUpService.h"

#include <QTabWidget>

namespace ntm::gui {

using namespace ntm::core;

FollowUpTabs::FollowUpTabs(QTabWidget* tabs)
    : QObject(tabs), m_tabs(tabs), m_groups(new WorkingGroupsTab(tabs)), m_actions(new ActionsTab(tabs)),
      m_villages(new VillageProgressTab(tabs)), m_members(new MemberResultsTab(tabs))
{
    m_tabs->addTab(m_groups, tr("Working groups"));
    m_tabs->addTab(m_actions, tr("Actions"));
    m_tabs->addTab(m_villages, tr("Village progress"));
    m_tabs->addTab(m_members, tr("Members' results"));
    connect(m_members, &MemberResultsTab::summaryRequested, this, &FollowUpTabs::summaryRequested);
}

void FollowUpTabs::show(Database* db, QUndoStack* undo, const QString& communeId, const QDate& asOf,
                        const CommuneProgress& progress)
{
    auto context = std::make_shared<FollowUpContext>();
    context->db = db;
    context->undo = undo;
    context->communeId = communeId;
    context->asOf = asOf;
    context->progress = progress;
    if (db && !communeId.isEmpty()) {
        auto data = FollowUpService(*db).load(communeId);
        if (!data) {
            Q_EMIT errorOccurred(data.error().message);
            return;
        }
        context->data = std::move(data).value();
    }
    const std::shared_ptr<const FollowUpContext> shared = context;
    m_groups->setContext(shared);
    m_actions->setContext(shared);
    m_villages->setContext(shared);
    m_members->setContext(shared);
    setTitles(*context);
}

void FollowUpTabs::setTitles(const FollowUpContext& c)
{
    const ActionCounts counts = FollowUpFigures::actionCounts(c.data.actions, c.asOf);
    m_tabs->setTabText(m_tabs->indexOf(m_groups),
                       tr("Working groups (%1)").arg(FollowUpFigures::groupsOn(c.data, c.asOf).size()));
    m_tabs->setTabText(m_tabs->indexOf(m_actions),
                       counts.overdue > 0 ? tr("Actions (%1 open, %2 overdue)").arg(counts.open).arg(counts.overdue)
                                          : tr("Actions (%1 open)").arg(counts.open));
}

void FollowUpTabs::openMeetingFollowUp(const QString& meetingId)
{
    m_tabs->setCurrentWidget(m_actions);
    m_actions->openFollowUp(meetingId);
}

} // namespace ntm::gui
