// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/WorkingGroupDialog.h"

#include "ui_WorkingGroupDialog.h"

#include "common/DateFields.h"
#include "followup/CheckedAccept.h"
#include "server/SaveWhenConnected.h"
#include "service/WorkingGroupService.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

WorkingGroupDialog::WorkingGroupDialog(Database& db, const WorkingGroup& group, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WorkingGroupDialog>()), m_db(db), m_original(group)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("workingGroupDialog"));
    setWindowTitle(group.id.isEmpty() ? tr("New working group") : tr("Edit working group"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    dateFields::setupOptional(m_ui->decidedOnEdit);
    dateFields::setup(m_ui->validFromEdit);
    dateFields::setupOptional(m_ui->validToEdit);
    m_ui->nameEdit->setText(group.name);
    m_ui->decisionNoEdit->setText(group.decisionNo);
    dateFields::setValue(m_ui->decidedOnEdit, group.decidedOn);
    m_ui->issuingBodyEdit->setText(group.issuingBody);
    m_ui->validFromEdit->setDate(group.validFrom.isValid() ? group.validFrom : QDate::currentDate());
    dateFields::setValue(m_ui->validToEdit, group.validTo);
    m_ui->noteEdit->setText(group.note);
    for (const auto& [field, label] :
         {std::pair{"name", m_ui->nameError}, std::pair{"decided_on", m_ui->decidedOnError},
          std::pair{"valid_from", m_ui->validFromError}, std::pair{"valid_to", m_ui->validToError}}) {
        m_errors.add(QString::fromLatin1(field), label);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WorkingGroupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WorkingGroupDialog::~WorkingGroupDialog() = default;

WorkingGroup WorkingGroupDialog::group() const
{
    WorkingGroup g = m_original;
    g.name = m_ui->nameEdit->text().simplified();
    g.decisionNo = m_ui->decisionNoEdit->text().trimmed();
    g.decidedOn = dateFields::value(m_ui->decidedOnEdit);
    g.issuingBody = m_ui->issuingBodyEdit->text().trimmed();
    g.validFrom = m_ui->validFromEdit->date();
    g.validTo = dateFields::value(m_ui->validToEdit);
    g.note = m_ui->noteEdit->text().trimmed();
    return g;
}

void WorkingGroupDialog::accept()
{
    if (checkedAccept(this, m_errors, WorkingGroupService(m_db).checkGroup(group()))) {
        SaveWhenConnected::accept(this, m_db);
    }
}

} // namespace ntm::gui
