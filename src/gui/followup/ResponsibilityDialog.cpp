// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/ResponsibilityDialog.h"

#include "ui_ResponsibilityDialog.h"

#include "common/DateFields.h"
#include "followup/CheckedAccept.h"
#include "server/SaveWhenConnected.h"
#include "service/WorkingGroupRules.h"
#include "service/WorkingGroupService.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

ResponsibilityDialog::ResponsibilityDialog(Database& db, const FollowUpData& data, const VillageResponsibility& r,
                                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResponsibilityDialog>()), m_db(db), m_original(r)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("responsibilityDialog"));
    const WorkingGroup* group = data.group(r.groupId);
    setWindowTitle(r.id.isEmpty() ? tr("Village in the charge of %1").arg(group ? group->name : QString())
                                  : tr("Edit village responsibility"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (const Village& v : data.villages) {
        const QString label = v.validTo.isValid()
                                  ? tr("%1 (%2)").arg(v.name, WorkingGroupRules::periodText(v.validFrom, v.validTo))
                                  : v.name;
        m_ui->villageCombo->addItem(label, v.id);
    }
    m_ui->memberCombo->addItem(tr("The group as a whole"), QString());
    for (const GroupMember& m : data.members) {
        if (m.groupId == r.groupId) {
            m_ui->memberCombo->addItem(
                tr("%1 – %2 (%3)")
                    .arg(m.fullName, Vocabulary::label(m.role), WorkingGroupRules::periodText(m.validFrom, m.validTo)),
                m.id);
        }
    }
    m_ui->villageCombo->setCurrentIndex(std::max(0, m_ui->villageCombo->findData(r.villageId)));
    m_ui->memberCombo->setCurrentIndex(std::max(0, m_ui->memberCombo->findData(r.memberId)));
    dateFields::setup(m_ui->validFromEdit);
    dateFields::setupOptional(m_ui->validToEdit);
    QDate from = r.validFrom;
    if (!from.isValid()) {
        const GroupMember* m = data.member(r.memberId);
        from = m ? m->validFrom : group ? group->validFrom : QDate::currentDate();
    }
    m_ui->validFromEdit->setDate(from);
    dateFields::setValue(m_ui->validToEdit, r.validTo);
    m_ui->noteEdit->setText(r.note);
    for (const auto& [field, label] :
         {std::pair{"village", m_ui->villageError}, std::pair{"member", m_ui->memberError},
          std::pair{"valid_from", m_ui->validFromError}, std::pair{"valid_to", m_ui->validToError}}) {
        m_errors.add(QString::fromLatin1(field), label);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResponsibilityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ResponsibilityDialog::~ResponsibilityDialog() = default;

VillageResponsibility ResponsibilityDialog::responsibility() const
{
    VillageResponsibility r = m_original;
    r.villageId = m_ui->villageCombo->currentData().toString();
    r.memberId = m_ui->memberCombo->currentData().toString();
    r.validFrom = m_ui->validFromEdit->date();
    r.validTo = dateFields::value(m_ui->validToEdit);
    r.note = m_ui->noteEdit->text().trimmed();
    return r;
}

void ResponsibilityDialog::accept()
{
    if (checkedAccept(this, m_errors, WorkingGroupService(m_db).checkResponsibility(responsibility()))) {
        SaveWhenConnected::accept(this, m_db);
    }
}

} // namespace ntm::gui
