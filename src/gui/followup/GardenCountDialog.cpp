// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/GardenCountDialog.h"

#include "ui_GardenCountDialog.h"

#include "common/DateFields.h"
#include "followup/CheckedAccept.h"
#include "server/SaveWhenConnected.h"
#include "service/VillageProgressService.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

GardenCountDialog::GardenCountDialog(Database& db, const QList<Village>& villages, const VillageGardenCount& count,
                                     QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::GardenCountDialog>()), m_db(db), m_original(count)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("gardenCountDialog"));
    setWindowTitle(tr("Model gardens of a village"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (const Village& v : villages) {
        m_ui->villageCombo->addItem(v.name, v.id);
    }
    m_ui->villageCombo->setCurrentIndex(std::max(0, m_ui->villageCombo->findData(count.villageId)));
    dateFields::setup(m_ui->countedOnEdit);
    m_ui->countedOnEdit->setDate(count.countedOn.isValid() ? count.countedOn : QDate::currentDate());
    m_ui->gardensSpin->setValue(count.gardens);
    m_ui->decisionNoEdit->setText(count.decisionNo);
    m_ui->noteEdit->setText(count.note);
    for (const auto& [field, label] :
         {std::pair{"village", m_ui->villageError}, std::pair{"counted_on", m_ui->countedOnError},
          std::pair{"gardens", m_ui->gardensError}}) {
        m_errors.add(QString::fromLatin1(field), label);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GardenCountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

GardenCountDialog::~GardenCountDialog() = default;

VillageGardenCount GardenCountDialog::count() const
{
    VillageGardenCount g = m_original;
    g.villageId = m_ui->villageCombo->currentData().toString();
    g.countedOn = m_ui->countedOnEdit->date();
    g.gardens = m_ui->gardensSpin->value();
    g.decisionNo = m_ui->decisionNoEdit->text().trimmed();
    g.note = m_ui->noteEdit->text().trimmed();
    return g;
}

void GardenCountDialog::accept()
{
    if (checkedAccept(this, m_errors, VillageProgressService(m_db).checkGardenCount(count()))) {
        SaveWhenConnected::accept(this, m_db);
    }
}

} // namespace ntm::gui
