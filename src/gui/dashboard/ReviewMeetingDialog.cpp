// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/ReviewMeetingDialog.h"

#include "ui_ReviewMeetingDialog.h"

#include "app/Messages.h"
#include "common/DateFields.h"
#include "server/SaveWhenConnected.h"
#include "service/ProgressService.h"
#include "service/ReviewService.h"

#include <QPushButton>
#include <QSet>

namespace ntm::gui {

using namespace ntm::core;

ReviewMeetingDialog::ReviewMeetingDialog(Database& db, const ReviewMeeting& meeting, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReviewMeetingDialog>()), m_db(db), m_original(meeting)
{
    m_ui->setupUi(this);
    setWindowTitle(meeting.id.isEmpty() ? tr("New review meeting") : tr("Edit review meeting"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    dateFields::setup(m_ui->heldOnEdit);
    m_ui->heldOnEdit->setDate(meeting.heldOn.isValid() ? meeting.heldOn : QDate::currentDate());
    m_ui->chairEdit->setText(meeting.chair);
    m_ui->decisionsEdit->setPlainText(meeting.decisions);
    m_ui->responsibleEdit->setText(meeting.responsible);
    m_ui->noteEdit->setText(meeting.note);
    m_ui->criteriaList->setMaximumHeight(160);
    m_errors.add(QStringLiteral("held_on"), m_ui->heldOnError, m_ui->heldOnEdit);
    m_errors.add(QStringLiteral("decisions"), m_ui->decisionsError, m_ui->decisionsEdit);
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    fillCriteria();
    connect(m_ui->heldOnEdit, &QDateEdit::dateChanged, this, [this] { fillCriteria(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReviewMeetingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReviewMeetingDialog::~ReviewMeetingDialog() = default;

void ReviewMeetingDialog::fillCriteria()
{
    QSet<QString> checked(m_original.criterionIds.cbegin(), m_original.criterionIds.cend());
    for (int i = 0; i < m_ui->criteriaList->count(); ++i) {
        const QListWidgetItem* item = m_ui->criteriaList->item(i);
        if (item->checkState() == Qt::Checked) {
            checked.insert(item->data(Qt::UserRole).toString());
        }
    }
    m_ui->criteriaList->clear();
    auto progress = ProgressService::create(m_db);
    const auto standing = progress ? progress.value().communeProgress(m_original.communeId, m_ui->heldOnEdit->date())
                                   : Result<CommuneProgress>(progress.error());
    if (!standing) {
        return;
    }
    for (const CriterionState& s : standing.value().criteria) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2 (%3)").arg(s.number).arg(s.name, Vocabulary::label(s.status)), m_ui->criteriaList);
        item->setData(Qt::UserRole, s.criterionId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(s.criterionId) ? Qt::Checked : Qt::Unchecked);
    }
}

ReviewMeeting ReviewMeetingDialog::meeting() const
{
    ReviewMeeting m = m_original;
    m.heldOn = m_ui->heldOnEdit->date();
    m.chair = m_ui->chairEdit->text().trimmed();
    m.decisions = m_ui->decisionsEdit->toPlainText().trimmed();
    m.responsible = m_ui->responsibleEdit->text().trimmed();
    m.note = m_ui->noteEdit->text().trimmed();
    m.criterionIds.clear();
    for (int i = 0; i < m_ui->criteriaList->count(); ++i) {
        const QListWidgetItem* item = m_ui->criteriaList->item(i);
        if (item->checkState() == Qt::Checked) {
            m.criterionIds.append(item->data(Qt::UserRole).toString());
        }
    }
    return m;
}

void ReviewMeetingDialog::accept()
{
    const auto issues = ReviewService(m_db).checkMeeting(meeting());
    if (!issues) {
        Messages::error(this, windowTitle(), issues.error().message);
        return;
    }
    if (m_errors.show(issues.value())) {
        return;
    }
    if (!issues.value().isEmpty() &&
        !Messages::confirm(this, windowTitle(),
                           issues.value().constFirst().message + QStringLiteral("\n\n") + tr("Save anyway?"))) {
        return;
    }
    SaveWhenConnected::accept(this, m_db);
}

} // namespace ntm::gui
