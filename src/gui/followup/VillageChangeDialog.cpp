// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/VillageChangeDialog.h"

#include "ui_VillageChangeDialog.h"

#include "common/DateFields.h"
#include "server/SaveWhenConnected.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

VillageChangeDialog::VillageChangeDialog(Database& db, const QString& communeId, const QList<Village>& villages,
                                         const QString& selectedId, const QDate& on, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VillageChangeDialog>()), m_db(db), m_communeId(communeId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("villageChangeDialog"));
    setWindowTitle(tr("Merge or rename villages"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->kindCombo->addItem(tr("Merge villages into a new one"), QStringLiteral("merge"));
    m_ui->kindCombo->addItem(tr("Rename a village"), QStringLiteral("rename"));
    for (const Village& v : villages) {
        auto* item = new QListWidgetItem(v.name, m_ui->villagesList);
        item->setData(Qt::UserRole, v.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(v.id == selectedId ? Qt::Checked : Qt::Unchecked);
    }
    dateFields::setup(m_ui->onEdit);
    m_ui->onEdit->setDate(std::min(on, QDate::currentDate()));
    for (const auto& [field, label] : {std::pair{"villages", m_ui->villagesError}, std::pair{"name", m_ui->nameError},
                                       std::pair{"on", m_ui->onError}}) {
        m_errors.add(QString::fromLatin1(field), label);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VillageChangeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

VillageChangeDialog::~VillageChangeDialog() = default;

void VillageChangeDialog::accept()
{
    QStringList ids;
    for (int i = 0; i < m_ui->villagesList->count(); ++i) {
        if (m_ui->villagesList->item(i)->checkState() == Qt::Checked) {
            ids.append(m_ui->villagesList->item(i)->data(Qt::UserRole).toString());
        }
    }
    const auto plan = VillageChangeService(m_db).plan(
        m_communeId, ids, m_ui->nameEdit->text(), m_ui->onEdit->date(), m_ui->kindCombo->currentData().toString(),
        m_ui->actEdit->text().trimmed(), m_ui->noteEdit->text().trimmed());
    if (!plan) {
        m_errors.show({errorIssue(plan.error().field, plan.error().message)});
        return;
    }
    m_change = plan.value();
    SaveWhenConnected::accept(this, m_db);
}

} // namespace ntm::gui
