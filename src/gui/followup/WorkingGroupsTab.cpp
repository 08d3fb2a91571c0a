// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/WorkingGroupsTab.h"

#include "ui_WorkingGroupsTab.h"

#include "app/Messages.h"
#include "followup/MemberDialog.h"
#include "followup/ResponsibilityDialog.h"
#include "followup/WorkingGroupDialog.h"
#include "followup/WorkingGroupTreeModel.h"
#include "service/MemberReplacement.h"
#include "service/WorkingGroupService.h"
#include "service/followup/FollowUpFigures.h"
#include "undo/LambdaCommand.h"
#include "undo/RecordCommands.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QHeaderView>

namespace ntm::gui {

using namespace ntm::core;
namespace rc = recordCommands;

namespace {
using Kind = WorkingGroupTreeModel::Kind;
} // namespace

WorkingGroupsTab::WorkingGroupsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WorkingGroupsTab>()), m_model(new WorkingGroupTreeModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("workingGroupsTab"));
    m_ui->groupsTree->setModel(m_model);
    m_ui->groupsTree->header()->setStretchLastSection(true);
    connect(m_ui->groupsTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkingGroupsTab::updateButtons);
    connect(m_ui->groupsTree, &QTreeView::doubleClicked, this, &WorkingGroupsTab::edit);
    connect(m_ui->addGroupButton, &QPushButton::clicked, this, &WorkingGroupsTab::addGroup);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &WorkingGroupsTab::addMember);
    connect(m_ui->assignVillageButton, &QPushButton::clicked, this, &WorkingGroupsTab::addVillage);
    connect(m_ui->editButton, &QPushButton::clicked, this, &WorkingGroupsTab::edit);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &WorkingGroupsTab::replaceMember);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &WorkingGroupsTab::remove);
    updateButtons();
}

WorkingGroupsTab::~WorkingGroupsTab() = default;

void WorkingGroupsTab::setContext(const std::shared_ptr<const FollowUpContext>& context)
{
    // Keep the selection and the open branches across a refresh (after every undoable edit).
    const QString selected = current().data(WorkingGroupTreeModel::IdRole).toString();
    QStringList expanded;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (m_ui->groupsTree->isExpanded(i)) {
            expanded.append(i.data(WorkingGroupTreeModel::IdRole).toString());
        }
    }
    const bool first = !m_context || m_context->communeId != context->communeId;
    m_context = context;
    m_model->setData(context->data, context->asOf);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        const bool open = first ? m_context->data.groups.at(r).activeOn(context->asOf)
                                : expanded.contains(i.data(WorkingGroupTreeModel::IdRole).toString());
        m_ui->groupsTree->setExpanded(i, open);
    }
    if (const QModelIndex i = m_model->indexOfId(selected); i.isValid()) {
        m_ui->groupsTree->setCurrentIndex(i);
    }
    m_ui->groupsTree->resizeColumnToContents(WorkingGroupTreeModel::NameColumn);
    m_ui->groupsTree->resizeColumnToContents(WorkingGroupTreeModel::RoleColumn);
    m_ui->groupsTree->resizeColumnToContents(WorkingGroupTreeModel::PeriodColumn);
    const QList<GroupOnDate> on = FollowUpFigures::groupsOn(context->data, context->asOf);
    int members = 0;
    for (const GroupOnDate& g : on) {
        members += static_cast<int>(g.members.size());
    }
    m_ui->groupsSummary->setText(context->data.groups.isEmpty()
                                     ? tr("No working group recorded. Add the groups the commune's decision formed.")
                                     : tr("On %1: %n group(s) at work, %2 member(s). Rows in grey were not in force on "
                                          "that date.",
                                          "", static_cast<int>(on.size()))
                                           .arg(dates::toDisplay(context->asOf))
                                           .arg(members));
    updateButtons();
}

QModelIndex WorkingGroupsTab::current() const
{
    const QModelIndex i = m_ui->groupsTree->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0) : i;
}

void WorkingGroupsTab::updateButtons()
{
    const QModelIndex i = current();
    const bool ready = m_context && m_context->ready();
    m_ui->addGroupButton->setEnabled(ready);
    m_ui->addMemberButton->setEnabled(ready && m_model->groupOf(i));
    m_ui->assignVillageButton->setEnabled(ready && m_model->groupOf(i));
    m_ui->editButton->setEnabled(ready && i.isValid());
    m_ui->deleteButton->setEnabled(ready && i.isValid());
    m_ui->replaceButton->setEnabled(ready && i.isValid() && m_model->kindOf(i) == Kind::Member);
}

void WorkingGroupsTab::report(const QString& message)
{
    Messages::error(this, tr("Working groups"), message);
}

void WorkingGroupsTab::addGroup()
{
    if (!m_context || !m_context->ready()) {
        return;
    }
    WorkingGroup g;
    g.communeId = m_context->communeId;
    g.validFrom = m_context->asOf;
    auto* dialog = new WorkingGroupDialog(*m_context->db, g, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto context = m_context;
    connect(dialog, &QDialog::accepted, this, [this, dialog, context] {
        WorkingGroup after = dialog->group();
        after.id = ids::newId();
        rc::add<WorkingGroup>(
            context->undo, *context->db, tr("Add working group %1").arg(after.name), after,
            [](Database& db, const WorkingGroup& x) { return WorkingGroupService(db).addGroup(x); },
            [](Database& db, const QString& id) { return WorkingGroupService(db).removeGroup(id); },
            [this](const QString& m) { report(m); });
    });
    dialog->open();
}

void WorkingGroupsTab::addMember()
{
    const WorkingGroup* group = m_model->groupOf(current());
    if (!m_context || !m_context->ready() || !group) {
        return;
    }
    GroupMember m;
    m.groupId = group->id;
    m.communeId = group->communeId;
    m.validFrom = std::max(group->validFrom,
                           std::min(m_context->asOf, group->validTo.isValid() ? group->validTo : m_context->asOf));
    auto* dialog = new MemberDialog(*m_context->db, m, MemberDialog::Mode::Edit, group->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto context = m_context;
    connect(dialog, &QDialog::accepted, this, [this, dialog, context] {
        GroupMember after = dialog->member();
        after.id = ids::newId();
        rc::add<GroupMember>(
            context->undo, *context->db, tr("Add member %1").arg(after.fullName), after,
            [](Database& db, const GroupMember& x) { return WorkingGroupService(db).addMember(x); },
            [](Database& db, const QString& id) { return WorkingGroupService(db).removeMember(id); },
            [this](const QString& msg) { report(msg); });
    });
    dialog->open();
}

void WorkingGroupsTab::addVillage()
{
    const QModelIndex i = current();
    const WorkingGroup* group = m_model->groupOf(i);
    if (!m_context || !m_context->ready() || !group) {
        return;
    }
    VillageResponsibility r;
    r.communeId = group->communeId;
    r.groupId = group->id;
    if (const GroupMember* m = m_model->memberOf(i)) {
        r.memberId = m->id;
    }
    auto* dialog = new ResponsibilityDialog(*m_context->db, m_context->data, r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto context = m_context;
    connect(dialog, &QDialog::accepted, this, [this, dialog, context] {
        VillageResponsibility after = dialog->responsibility();
        after.id = ids::newId();
        rc::add<VillageResponsibility>(
            context->undo, *context->db,
            tr("Add village %1 to a working group").arg(context->data.villageName(after.villageId)), after,
            [](Database& db, const VillageResponsibility& x) { return WorkingGroupService(db).addResponsibility(x); },
            [](Database& db, const QString& id) { return WorkingGroupService(db).removeResponsibility(id); },
            [this](const QString& msg) { report(msg); });
    });
    dialog->open();
}

void WorkingGroupsTab::edit()
{
    const QModelIndex i = current();
    if (!m_context || !m_context->ready() || !i.isValid()) {
        return;
    }
    const auto context = m_context;
    auto done = [this](const QString& msg) { report(msg); };
    QDialog* dialog = nullptr;
    if (m_model->kindOf(i) == Kind::Group) {
        const WorkingGroup before = *m_model->groupOf(i);
        auto* d = new WorkingGroupDialog(*context->db, before, this);
        connect(d, &QDialog::accepted, this, [d, before, context, done] {
            rc::change<WorkingGroup>(
                context->undo, *context->db, tr("Edit working group %1").arg(before.name), before, d->group(),
                [](Database& db, const WorkingGroup& x) { return WorkingGroupService(db).updateGroup(x); }, done);
        });
        dialog = d;
    } else if (m_model->kindOf(i) == Kind::Member) {
        const GroupMember before = *m_model->memberOf(i);
        auto* d = new MemberDialog(*context->db, before, MemberDialog::Mode::Edit, m_model->groupOf(i)->name, this);
        connect(d, &QDialog::accepted, this, [d, before, context, done] {
            rc::change<GroupMember>(
                context->undo, *context->db, tr("Edit member %1").arg(before.fullName), before, d->member(),
                [](Database& db, const GroupMember& x) { return WorkingGroupService(db).updateMember(x); }, done);
        });
        dialog = d;
    } else {
        const VillageResponsibility before = *m_model->responsibilityOf(i);
        auto* d = new ResponsibilityDialog(*context->db, context->data, before, this);
        connect(d, &QDialog::accepted, this, [d, before, context, done] {
            rc::change<VillageResponsibility>(
                context->undo, *context->db, tr("Edit village responsibility"), before, d->responsibility(),
                [](Database& db, const VillageResponsibility& x) {
                    return WorkingGroupService(db).updateResponsibility(x);
                },
                done);
        });
        dialog = d;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkingGroupsTab::replaceMember()
{
    const QModelIndex i = current();
    const GroupMember* member = m_model->memberOf(i);
    if (!m_context || !m_context->ready() || !member || m_model->kindOf(i) != Kind::Member) {
        return;
    }
    auto* dialog =
        new MemberDialog(*m_context->db, *member, MemberDialog::Mode::Replace, m_model->groupOf(i)->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto context = m_context;
    const QString memberId = member->id;
    const QString outgoing = member->fullName;
    connect(dialog, &QDialog::accepted, this, [this, dialog, context, memberId, outgoing] {
        Database* db = context->db;
        const auto plan = MemberReplacementService(*db).plan(memberId, dialog->takesOver(), dialog->member());
        if (!plan) {
            report(plan.error().message);
            return;
        }
        const MemberReplacement r = plan.value();
        ServiceCommand::push(context->undo, new LambdaCommand(
                                                *db, tr("Replace %1 with %2").arg(outgoing, r.successor.fullName),
                                                [db, r] { return MemberReplacementService(*db).apply(r); },
                                                [db, r] { return MemberReplacementService(*db).revert(r); },
                                                [this](const QString& msg) { report(msg); }));
    });
    dialog->open();
}

void WorkingGroupsTab::remove()
{
    const QModelIndex i = current();
    if (!m_context || !m_context->ready() || !i.isValid()) {
        return;
    }
    const auto context = m_context;
    auto done = [this](const QString& msg) { report(msg); };
    const QString name = i.data().toString();
    if (!Messages::confirm(this, tr("Delete"), tr("Delete %1? You can undo this with Edit > Undo.").arg(name))) {
        return;
    }
    switch (m_model->kindOf(i)) {
    case Kind::Group:
        rc::remove<WorkingGroup>(
            context->undo, *context->db, tr("Delete working group %1").arg(name), *m_model->groupOf(i),
            [](Database& db, const WorkingGroup& x) { return WorkingGroupService(db).addGroup(x); },
            [](Database& db, const QString& id) { return WorkingGroupService(db).removeGroup(id); }, done);
        break;
    case Kind::Member:
        rc::remove<GroupMember>(
            context->undo, *context->db, tr("Delete member %1").arg(name), *m_model->memberOf(i),
            [](Database& db, const GroupMember& x) { return WorkingGroupService(db).addMember(x); },
            [](Database& db, const QString& id) { return WorkingGroupService(db).removeMember(id); }, done);
        break;
    case Kind::Responsibility:
        rc::remove<VillageResponsibility>(
            context->undo, *context->db, tr("Delete village responsibility"), *m_model->responsibilityOf(i),
            [](Database& db, const VillageResponsibility& x) { return WorkingGroupService(db).addResponsibility(x); },
            [](Database& db, const QString& id) { return WorkingGroupService(db).removeResponsibility(id); }, done);
        break;
    }
}

} // namespace ntm::gui
