// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpContext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WorkingGroupsTab;
}

namespace ntm::gui {

class WorkingGroupTreeModel;

/// The commune dashboard's "Working groups" tab: the groups with their members and the villages in each one's
/// charge (WorkingGroupTreeModel), and the editor — add a group, a member or a village, edit, replace a member on a
/// date, delete — each an undoable command through core's services (rules, scopes, audit trail).
class WorkingGroupsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkingGroupsTab(QWidget* parent = nullptr);
    ~WorkingGroupsTab() override;

    void setContext(const std::shared_ptr<const FollowUpContext>& context);
    WorkingGroupTreeModel* model() const { return m_model; }

private:
    void updateButtons();
    void addGroup();
    void addMember();
    void addVillage();
    void edit();
    void replaceMember();
    void remove();
    void report(const QString& message);
    QModelIndex current() const;

    std::unique_ptr<Ui::WorkingGroupsTab> m_ui;
    WorkingGroupTreeModel* m_model;
    std::shared_ptr<const FollowUpContext> m_context;
};

} // namespace ntm::gui
