// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/ModelAreaDialog.h"

#include "ui_ModelAreaDialog.h"

#include "common/DateFields.h"
#include "followup/CheckedAccept.h"
#include "server/SaveWhenConnected.h"
#include "service/VillageProgressService.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

ModelAreaDialog::ModelAreaDialog(Database& db, const QList<Village>& villages, const VillageModelArea& area,
                                 QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ModelAreaDialog>()), m_db(db), m_original(area)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("modelAreaDialog"));
    setWindowTitle(area.id.isEmpty() ? tr("Recognise a model residential area")
                                     : tr("Edit the model residential area"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (const Village& v : villages) {
        m_ui->villageCombo->addItem(v.name, v.id);
    }
    m_ui->villageCombo->setCurrentIndex(std::max(0, m_ui->villageCombo->findData(area.villageId)));
    dateFields::setup(m_ui->decidedOnEdit);
    dateFields::setupOptional(m_ui->endedOnEdit);
    m_ui->decisionNoEdit->setText(area.decisionNo);
    m_ui->decidedOnEdit->setDate(area.decidedOn.isValid() ? area.decidedOn : QDate::currentDate());
    m_ui->issuingBodyEdit->setText(area.issuingBody);
    dateFields::setValue(m_ui->endedOnEdit, area.endedOn);
    m_ui->noteEdit->setText(area.note);
    for (const auto& [field, label] :
         {std::pair{"village", m_ui->villageError}, std::pair{"decided_on", m_ui->decidedOnError},
          std::pair{"ended_on", m_ui->endedOnError}}) {
        m_errors.add(QString::fromLatin1(field), label);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ModelAreaDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ModelAreaDialog::~ModelAreaDialog() = default;

VillageModelArea ModelAreaDialog::area() const
{
    VillageModelArea a = m_original;
    a.villageId = m_ui->villageCombo->currentData().toString();
    a.decisionNo = m_ui->decisionNoEdit->text().trimmed();
    a.decidedOn = m_ui->decidedOnEdit->date();
    a.issuingBody = m_ui->issuingBodyEdit->text().trimmed();
    a.endedOn = dateFields::value(m_ui->endedOnEdit);
    a.note = m_ui->noteEdit->text().trimmed();
    return a;
}

void ModelAreaDialog::accept()
{
    if (checkedAccept(this, m_errors, VillageProgressService(m_db).checkModelArea(area()))) {
        SaveWhenConnected::accept(this, m_db);
    }
}

} // namespace ntm::gui
