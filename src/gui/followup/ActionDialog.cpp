// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/ActionDialog.h"

#include "ui_ActionDialog.h"

#include "common/DateFields.h"
#include "followup/CheckedAccept.h"
#include "server/SaveWhenConnected.h"
#include "service/ActionService.h"
#include "service/ProgressService.h"
#include "util/Dates.h"

#include <QLineEdit>
#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

ActionDialog::ActionDialog(Database& db, const FollowUpData& data, const ReviewAction& action, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ActionDialog>()), m_db(db), m_data(data), m_original(action)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(action.id.isEmpty() ? tr("New action") : tr("Edit action"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (auto it = m_data.meetings.crbegin(); it != m_data.meetings.crend(); ++it) {
        m_ui->meetingCombo->addItem(it->chair.isEmpty()
                                        ? dates::toDisplay(it->heldOn)
                                        : tr("%1 (chaired by %2)").arg(dates::toDisplay(it->heldOn), it->chair),
                                    it->id);
    }
    m_ui->meetingCombo->setCurrentIndex(std::max(0, m_ui->meetingCombo->findData(action.meetingId)));
    m_ui->outcomeCombo->addItem(tr("Open"), QString());
    m_ui->outcomeCombo->addItem(Vocabulary::label(ActionOutcome::Done), Vocabulary::key(ActionOutcome::Done));
    m_ui->outcomeCombo->addItem(Vocabulary::label(ActionOutcome::NotDone), Vocabulary::key(ActionOutcome::NotDone));
    m_ui->outcomeCombo->setCurrentIndex(action.outcome ? m_ui->outcomeCombo->findData(Vocabulary::key(*action.outcome))
                                                       : 0);
    dateFields::setup(m_ui->dueOnEdit);
    dateFields::setup(m_ui->closedOnEdit);
    m_ui->whatEdit->setPlainText(action.what);
    m_ui->outcomeNoteEdit->setText(action.outcomeNote);
    meetingChanged();
    m_ui->dueOnEdit->setDate(action.dueOn.isValid() ? action.dueOn : meetingDate().addDays(7));
    m_ui->closedOnEdit->setDate(action.closedOn.isValid() ? action.closedOn : QDate::currentDate());
    outcomeChanged();
    for (const auto& [field, label] :
         {std::pair{"meeting", m_ui->meetingError}, std::pair{"what", m_ui->whatError},
          std::pair{"criterion", m_ui->criterionError}, std::pair{"village", m_ui->villageError},
          std::pair{"responsible", m_ui->responsibleError}, std::pair{"due_on", m_ui->dueOnError},
          std::pair{"closed_on", m_ui->closedOnError}}) {
        m_errors.add(QString::fromLatin1(field), label);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->meetingCombo, &QComboBox::currentIndexChanged, this, &ActionDialog::meetingChanged);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &ActionDialog::outcomeChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ActionDialog::~ActionDialog() = default;

QDate ActionDialog::meetingDate() const
{
    const QString id = m_ui->meetingCombo->currentData().toString();
    for (const ReviewMeeting& m : m_data.meetings) {
        if (m.id == id) {
            return m.heldOn;
        }
    }
    return QDate::currentDate();
}

void ActionDialog::meetingChanged()
{
    // The criteria of the set in force on the meeting's date, the villages and the members of that day.
    const QDate on = meetingDate();
    const QString criterion =
        m_ui->criterionCombo->count() > 0 ? m_ui->criterionCombo->currentData().toString() : m_original.criterionId;
    const QString village =
        m_ui->villageCombo->count() > 0 ? m_ui->villageCombo->currentData().toString() : m_original.villageId;
    const QString typed =
        m_ui->responsibleCombo->count() > 0 ? m_ui->responsibleCombo->currentText() : m_original.responsible;
    m_ui->criterionCombo->clear();
    m_ui->criterionCombo->addItem(tr("(none)"), QString());
    auto progress = ProgressService::create(m_db);
    if (progress) {
        if (const auto standing = progress.value().communeProgress(m_data.communeId, on)) {
            for (const CriterionState& s : standing.value().criteria) {
                m_ui->criterionCombo->addItem(
                    QStringLiteral("%1. %2 (%3)").arg(s.number).arg(s.name, Vocabulary::label(s.status)),
                    s.criterionId);
            }
        }
    }
    if (m_ui->criterionCombo->findData(criterion) < 0 && !criterion.isEmpty()) {
        const CriterionRef* c = m_data.criterion(criterion);
        m_ui->criterionCombo->addItem(c ? c->label() : criterion, criterion);
    }
    m_ui->criterionCombo->setCurrentIndex(std::max(0, m_ui->criterionCombo->findData(criterion)));
    m_ui->villageCombo->clear();
    m_ui->villageCombo->addItem(tr("(none)"), QString());
    for (const Village& v : m_data.villages) {
        if (coversDate(v.validFrom, v.validTo, on) || v.id == village) {
            m_ui->villageCombo->addItem(v.name, v.id);
        }
    }
    m_ui->villageCombo->setCurrentIndex(std::max(0, m_ui->villageCombo->findData(village)));
    m_ui->responsibleCombo->clear();
    for (const GroupMember& m : m_data.members) {
        const WorkingGroup* g = m_data.group(m.groupId);
        if (m.activeOn(on) || m.id == m_original.memberId) {
            m_ui->responsibleCombo->addItem(m.fullName, m.id);
            m_ui->responsibleCombo->setItemData(m_ui->responsibleCombo->count() - 1,
                                                tr("%1, %2").arg(Vocabulary::label(m.role), g ? g->name : QString()),
                                                Qt::ToolTipRole);
        }
    }
    const int member = m_ui->responsibleCombo->findData(m_original.memberId);
    if (!m_original.memberId.isEmpty() && member >= 0 && typed == m_original.responsible) {
        m_ui->responsibleCombo->setCurrentIndex(member);
    } else {
        m_ui->responsibleCombo->setCurrentIndex(-1);
        m_ui->responsibleCombo->setEditText(typed);
    }
}

void ActionDialog::outcomeChanged()
{
    const bool closed = !m_ui->outcomeCombo->currentData().toString().isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->closedOnEdit), static_cast<QWidget*>(m_ui->outcomeNoteEdit)}) {
        w->setEnabled(closed);
    }
}

void ActionDialog::closeAs(ActionOutcome outcome, const QDate& on)
{
    m_ui->outcomeCombo->setCurrentIndex(m_ui->outcomeCombo->findData(Vocabulary::key(outcome)));
    m_ui->closedOnEdit->setDate(on);
    setWindowTitle(outcome == ActionOutcome::Done ? tr("Mark the action done") : tr("Mark the action not done"));
    m_ui->outcomeNoteEdit->setFocus();
}

ReviewAction ActionDialog::action() const
{
    ReviewAction a = m_original;
    a.communeId = m_data.communeId;
    a.meetingId = m_ui->meetingCombo->currentData().toString();
    a.decidedOn = meetingDate();
    a.what = m_ui->whatEdit->toPlainText().trimmed();
    a.criterionId = m_ui->criterionCombo->currentData().toString();
    a.villageId = m_ui->villageCombo->currentData().toString();
    const QString typed = m_ui->responsibleCombo->currentText().simplified();
    const int member = m_ui->responsibleCombo->findText(typed);
    a.memberId = member >= 0 ? m_ui->responsibleCombo->itemData(member).toString() : QString();
    a.responsible = typed;
    a.dueOn = m_ui->dueOnEdit->date();
    a.outcome = Vocabulary::actionOutcome(m_ui->outcomeCombo->currentData().toString());
    a.closedOn = a.outcome ? m_ui->closedOnEdit->date() : QDate();
    a.outcomeNote = a.outcome ? m_ui->outcomeNoteEdit->text().trimmed() : QString();
    return a;
}

void ActionDialog::accept()
{
    if (checkedAccept(this, m_errors, ActionService(m_db).checkAction(action()))) {
        SaveWhenConnected::accept(this, m_db);
    }
}

} // namespace ntm::gui
