// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/MeetingActionsDialog.h"

#include "ui_MeetingActionsDialog.h"

#include "app/Messages.h"
#include "followup/ActionDialog.h"
#include "followup/ActionTableModel.h"
#include "service/ActionService.h"
#include "service/followup/FollowUpFigures.h"
#include "service/followup/FollowUpService.h"
#include "undo/RecordCommands.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QHeaderView>
#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;
namespace rc = recordCommands;

namespace {
void setupTable(QTableView* t, QAbstractItemModel* model)
{
    t->setModel(model);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(ActionTableModel::WhatColumn, QHeaderView::Stretch);
    t->setColumnHidden(ActionTableModel::NoteColumn, true);
}
} // namespace

MeetingActionsDialog::MeetingActionsDialog(Database& db, QUndoStack& undo, const QString& communeId,
                                           const QString& meetingId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MeetingActionsDialog>()), m_db(db), m_undo(undo),
      m_communeId(communeId), m_due(new ActionTableModel(this)), m_decided(new ActionTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("meetingActionsDialog"));
    setWindowTitle(tr("Meeting follow-up"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    setupTable(m_ui->dueTable, m_due);
    setupTable(m_ui->decidedTable, m_decided);
    m_ui->decidedTable->setColumnHidden(ActionTableModel::DecidedColumn, true);
    reload();
    fillMeetings();
    m_ui->meetingCombo->setCurrentIndex(std::max(0, m_ui->meetingCombo->findData(meetingId)));
    showMeeting();
    connect(m_ui->meetingCombo, &QComboBox::currentIndexChanged, this, &MeetingActionsDialog::showMeeting);
    connect(m_ui->doneButton, &QPushButton::clicked, this, [this] { close(ActionOutcome::Done); });
    connect(m_ui->notDoneButton, &QPushButton::clicked, this, [this] { close(ActionOutcome::NotDone); });
    connect(m_ui->addButton, &QPushButton::clicked, this, &MeetingActionsDialog::addAction);
    connect(m_ui->editButton, &QPushButton::clicked, this, &MeetingActionsDialog::editAction);
    connect(m_ui->decidedTable, &QTableView::doubleClicked, this, &MeetingActionsDialog::editAction);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &MeetingActionsDialog::deleteAction);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MeetingActionsDialog::~MeetingActionsDialog() = default;

void MeetingActionsDialog::reload()
{
    const auto data = FollowUpService(m_db).load(m_communeId);
    if (!data) {
        report(data.error().message);
        return;
    }
    m_data = data.value();
}

void MeetingActionsDialog::fillMeetings()
{
    m_ui->meetingCombo->clear();
    for (auto it = m_data.meetings.crbegin(); it != m_data.meetings.crend(); ++it) {
        m_ui->meetingCombo->addItem(dates::toDisplay(it->heldOn), it->id);
    }
}

QString MeetingActionsDialog::meetingId() const
{
    return m_ui->meetingCombo->currentData().toString();
}

QDate MeetingActionsDialog::meetingDate() const
{
    for (const ReviewMeeting& m : m_data.meetings) {
        if (m.id == meetingId()) {
            return m.heldOn;
        }
    }
    return {};
}

void MeetingActionsDialog::showMeeting()
{
    const QDate on = meetingDate();
    const QList<ReviewAction> due = FollowUpFigures::dueAt(m_data, on);
    QList<ReviewAction> decided;
    for (const ReviewAction& a : m_data.actions) {
        if (a.meetingId == meetingId()) {
            decided.append(a);
        }
    }
    int overdue = 0;
    for (const ReviewAction& a : due) {
        overdue += a.dueOn < on ? 1 : 0;
    }
    m_due->setActions(m_data, due, on);
    // What the meeting decided, as it stands today (closed since, or still open).
    m_decided->setActions(m_data, decided, std::max(on, QDate::currentDate()));
    m_ui->dueLabel->setText(tr("<b>Due or overdue at this meeting: %1</b> (%2 overdue). Go through each and mark it "
                               "done or not done.")
                                .arg(due.size())
                                .arg(overdue));
    m_ui->decidedLabel->setText(tr("<b>Decided at this meeting: %1</b>").arg(decided.size()));
    m_ui->dueTable->resizeColumnToContents(ActionTableModel::DueColumn);
    m_ui->decidedTable->resizeColumnToContents(ActionTableModel::DueColumn);
    const bool any = !meetingId().isEmpty();
    m_ui->doneButton->setEnabled(any && !due.isEmpty());
    m_ui->notDoneButton->setEnabled(any && !due.isEmpty());
    m_ui->addButton->setEnabled(any);
    m_ui->editButton->setEnabled(any && !decided.isEmpty());
    m_ui->deleteButton->setEnabled(any && !decided.isEmpty());
}

void MeetingActionsDialog::report(const QString& message)
{
    Messages::error(this, windowTitle(), message);
}

void MeetingActionsDialog::close(ActionOutcome outcome)
{
    const ReviewAction* a = m_due->actionAt(m_ui->dueTable->currentIndex().row());
    if (!a) {
        report(tr("Choose an action in the list of actions due."));
        return;
    }
    const ReviewAction before = *a;
    auto* dialog = new ActionDialog(m_db, m_data, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->closeAs(outcome, std::min(meetingDate(), QDate::currentDate()));
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        rc::change<ReviewAction>(
            &m_undo, m_db,
            dialog->action().outcome == ActionOutcome::Done ? tr("Mark action done") : tr("Mark action not done"),
            before, dialog->action(),
            [](Database& db, const ReviewAction& x) { return ActionService(db).updateAction(x); },
            [this](const QString& m) { report(m); });
        reload();
        showMeeting();
    });
    dialog->open();
}

void MeetingActionsDialog::addAction()
{
    ReviewAction a;
    a.communeId = m_communeId;
    a.meetingId = meetingId();
    a.dueOn = meetingDate().addDays(7);
    auto* dialog = new ActionDialog(m_db, m_data, a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ReviewAction after = dialog->action();
        after.id = ids::newId();
        rc::add<ReviewAction>(
            &m_undo, m_db, tr("Add action"), after,
            [](Database& db, const ReviewAction& x) { return ActionService(db).addAction(x); },
            [](Database& db, const QString& id) { return ActionService(db).removeAction(id); },
            [this](const QString& m) { report(m); });
        reload();
        showMeeting();
    });
    dialog->open();
}

void MeetingActionsDialog::editAction()
{
    const ReviewAction* a = m_decided->actionAt(m_ui->decidedTable->currentIndex().row());
    if (!a) {
        return;
    }
    const ReviewAction before = *a;
    auto* dialog = new ActionDialog(m_db, m_data, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        rc::change<ReviewAction>(
            &m_undo, m_db, tr("Edit action"), before, dialog->action(),
            [](Database& db, const ReviewAction& x) { return ActionService(db).updateAction(x); },
            [this](const QString& m) { report(m); });
        reload();
        showMeeting();
    });
    dialog->open();
}

void MeetingActionsDialog::deleteAction()
{
    const ReviewAction* a = m_decided->actionAt(m_ui->decidedTable->currentIndex().row());
    if (!a) {
        return;
    }
    rc::remove<ReviewAction>(
        &m_undo, m_db, tr("Delete action"), *a,
        [](Database& db, const ReviewAction& x) { return ActionService(db).addAction(x); },
        [](Database& db, const QString& id) { return ActionService(db).removeAction(id); },
        [this](const QString& m) { report(m); });
    reload();
    showMeeting();
}

} // namespace ntm::gui
