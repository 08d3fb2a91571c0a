// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/ActionsTab.h"
#include "common/TableSetup.h"

#include "ui_ActionsTab.h"

#include "app/Messages.h"
#include "followup/ActionDialog.h"
#include "followup/ActionTableModel.h"
#include "followup/ActionTallyModel.h"
#include "followup/CriterionPlanDialog.h"
#include "followup/MeetingActionsDialog.h"
#include "followup/PlanTableModel.h"
#include "service/ActionService.h"
#include "service/CriterionPlanService.h"
#include "undo/RecordCommands.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace ntm::gui {

using namespace ntm::core;
namespace rc = recordCommands;

ActionsTab::ActionsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ActionsTab>()), m_actions(new ActionTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_plans(new PlanTableModel(this)),
      m_people(new ActionTallyModel(tr("Person"), this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("actionsTab"));
    m_sorted->setSourceModel(m_actions);
    m_sorted->setSortRole(ActionTableModel::SortRole);
    m_ui->actionsTable->setModel(m_sorted);
    m_ui->actionsTable->sortByColumn(ActionTableModel::DueColumn, Qt::DescendingOrder);
    m_ui->actionsTable->verticalHeader()->hide();
    m_ui->actionsTable->horizontalHeader()->setSectionResizeMode(ActionTableModel::WhatColumn, QHeaderView::Stretch);
    m_ui->plansTable->setModel(m_plans);
    m_ui->plansTable->verticalHeader()->hide();
    // The criterion's name keeps a readable width; the table scrolls sideways when the pane is narrow.
    m_ui->plansTable->horizontalHeader()->resizeSection(PlanTableModel::CriterionColumn, 170);
    m_ui->peopleTable->setModel(m_people);
    m_ui->peopleTable->verticalHeader()->hide();
    m_ui->peopleTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Headers whole in Vietnamese too (the stretched column takes what is left).
    fitHeaders(m_ui->actionsTable);
    fitHeaders(m_ui->plansTable);
    fitHeaders(m_ui->peopleTable);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->filterCombo->addItem(tr("All actions"), static_cast<int>(ActionTableModel::Filter::All));
    m_ui->filterCombo->addItem(tr("Open (overdue included)"), static_cast<int>(ActionTableModel::Filter::Open));
    m_ui->filterCombo->addItem(tr("Overdue"), static_cast<int>(ActionTableModel::Filter::Overdue));
    m_ui->filterCombo->addItem(tr("Closed"), static_cast<int>(ActionTableModel::Filter::Closed));
    m_ui->filterCombo->setCurrentIndex(1);
    m_actions->setFilter(ActionTableModel::Filter::Open);
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_actions->setFilter(static_cast<ActionTableModel::Filter>(m_ui->filterCombo->currentData().toInt()));
        updateButtons();
    });
    connect(m_ui->actionsTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionsTab::updateButtons);
    connect(m_ui->plansTable->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionsTab::updateButtons);
    connect(m_ui->actionsTable, &QTableView::doubleClicked, this, [this] { editAction(false); });
    connect(m_ui->plansTable, &QTableView::doubleClicked, this, &ActionsTab::editPlan);
    connect(m_ui->followUpButton, &QPushButton::clicked, this, [this] {
        const ReviewAction* a = selectedAction();
        openFollowUp(a ? a->meetingId : QString());
    });
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &ActionsTab::addAction);
    connect(m_ui->editActionButton, &QPushButton::clicked, this, [this] { editAction(false); });
    connect(m_ui->closeActionButton, &QPushButton::clicked, this, [this] { editAction(true); });
    connect(m_ui->deleteActionButton, &QPushButton::clicked, this, &ActionsTab::deleteAction);
    connect(m_ui->planButton, &QPushButton::clicked, this, &ActionsTab::editPlan);
    updateButtons();
}

ActionsTab::~ActionsTab() = default;

void ActionsTab::setContext(const std::shared_ptr<const FollowUpContext>& context)
{
    m_context = context;
    m_actions->setData(context->data, context->asOf);
    m_plans->setRows(FollowUpFigures::plans(context->data, context->progress));
    m_people->setRows(FollowUpFigures::byPerson(context->data, context->asOf));
    const ActionCounts c = FollowUpFigures::actionCounts(context->data.actions, context->asOf);
    m_ui->actionsSummary->setText(
        tr("On %1: <b>%2 open</b>, of which <b>%3 overdue</b>; %4 done (%5 late), %6 not done.")
            .arg(dates::toDisplay(context->asOf))
            .arg(c.open)
            .arg(c.overdue)
            .arg(c.done)
            .arg(c.doneLate)
            .arg(c.notDone));
    m_ui->actionsTable->resizeColumnToContents(ActionTableModel::DecidedColumn);
    m_ui->actionsTable->resizeColumnToContents(ActionTableModel::DueColumn);
    m_ui->actionsTable->resizeColumnToContents(ActionTableModel::StateColumn);
    m_ui->plansTable->resizeColumnToContents(PlanTableModel::NumberColumn);
    updateButtons();
}

const ReviewAction* ActionsTab::selectedAction() const
{
    const QModelIndex i = m_sorted->mapToSource(m_ui->actionsTable->currentIndex());
    return i.isValid() ? m_actions->actionAt(i.row()) : nullptr;
}

QString ActionsTab::latestMeeting() const
{
    QString id;
    for (const ReviewMeeting& m : m_context->data.meetings) {
        id = m.heldOn <= m_context->asOf ? m.id : id;
    }
    return id;
}

void ActionsTab::updateButtons()
{
    const bool ready = m_context && m_context->ready();
    const bool meetings = ready && !m_context->data.meetings.isEmpty();
    const ReviewAction* a = ready ? selectedAction() : nullptr;
    m_ui->followUpButton->setEnabled(meetings);
    m_ui->addActionButton->setEnabled(meetings);
    m_ui->editActionButton->setEnabled(a);
    m_ui->deleteActionButton->setEnabled(a);
    m_ui->closeActionButton->setEnabled(a && !a->outcome);
    m_ui->planButton->setEnabled(ready && m_plans->rowAt(m_ui->plansTable->currentIndex().row()));
}

void ActionsTab::report(const QString& message)
{
    Messages::error(this, tr("Actions"), message);
}

void ActionsTab::openFollowUp(const QString& meetingId)
{
    if (!m_context || !m_context->ready()) {
        return;
    }
    auto* dialog = new MeetingActionsDialog(*m_context->db, *m_context->undo, m_context->communeId,
                                            meetingId.isEmpty() ? latestMeeting() : meetingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ActionsTab::addAction()
{
    if (!m_context || !m_context->ready()) {
        return;
    }
    ReviewAction a;
    a.communeId = m_context->communeId;
    a.meetingId = latestMeeting();
    const auto context = m_context;
    auto* dialog = new ActionDialog(*context->db, context->data, a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, context] {
        ReviewAction after = dialog->action();
        after.id = ids::newId();
        rc::add<ReviewAction>(
            context->undo, *context->db, tr("Add action"), after,
            [](Database& db, const ReviewAction& x) { return ActionService(db).addAction(x); },
            [](Database& db, const QString& id) { return ActionService(db).removeAction(id); },
            [this](const QString& m) { report(m); });
    });
    dialog->open();
}

void ActionsTab::editAction(bool closing)
{
    const ReviewAction* a = selectedAction();
    if (!m_context || !m_context->ready() || !a) {
        return;
    }
    const ReviewAction before = *a;
    const auto context = m_context;
    auto* dialog = new ActionDialog(*context->db, context->data, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (closing) {
        dialog->closeAs(ActionOutcome::Done, std::min(context->asOf, QDate::currentDate()));
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, context, closing] {
        rc::change<ReviewAction>(
            context->undo, *context->db, closing ? tr("Close action") : tr("Edit action"), before, dialog->action(),
            [](Database& db, const ReviewAction& x) { return ActionService(db).updateAction(x); },
            [this](const QString& m) { report(m); });
    });
    dialog->open();
}

void ActionsTab::deleteAction()
{
    const ReviewAction* a = selectedAction();
    if (!m_context || !m_context->ready() || !a) {
        return;
    }
    if (!Messages::confirm(this, tr("Delete action"),
                           tr("Delete the action \"%1\"? You can undo this with Edit > Undo.").arg(a->what.left(80)))) {
        return;
    }
    rc::remove<ReviewAction>(
        m_context->undo, *m_context->db, tr("Delete action"), *a,
        [](Database& db, const ReviewAction& x) { return ActionService(db).addAction(x); },
        [](Database& db, const QString& id) { return ActionService(db).removeAction(id); },
        [this](const QString& m) { report(m); });
}

void ActionsTab::editPlan()
{
    const PlanRow* row = m_plans->rowAt(m_ui->plansTable->currentIndex().row());
    if (!m_context || !m_context->ready() || !row) {
        return;
    }
    CriterionPlan plan;
    if (row->plan) {
        plan = *row->plan;
    } else {
        plan.communeId = m_context->communeId;
        plan.criterionId = row->state.criterionId;
    }
    const auto context = m_context;
    auto* dialog = new CriterionPlanDialog(*context->db, plan,
                                           QStringLiteral("%1. %2").arg(row->state.number).arg(row->state.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, plan, context] {
        auto done = [this](const QString& m) { report(m); };
        auto add = [](Database& db, const CriterionPlan& x) { return CriterionPlanService(db).addPlan(x); };
        auto remove = [](Database& db, const QString& id) { return CriterionPlanService(db).removePlan(id); };
        if (dialog->removeRequested()) {
            rc::remove<CriterionPlan>(context->undo, *context->db, tr("Remove plan"), plan, add, remove, done);
        } else if (plan.id.isEmpty()) {
            CriterionPlan after = dialog->plan();
            after.id = ids::newId();
            rc::add<CriterionPlan>(context->undo, *context->db, tr("Plan criterion"), after, add, remove, done);
        } else {
            rc::change<CriterionPlan>(
                context->undo, *context->db, tr("Change plan"), plan, dialog->plan(),
                [](Database& db, const CriterionPlan& x) { return CriterionPlanService(db).updatePlan(x); }, done);
        }
    });
    dialog->open();
}

} // namespace ntm::gui
