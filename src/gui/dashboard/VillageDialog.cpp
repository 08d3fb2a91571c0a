// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/VillageDialog.h"

#include "ui_VillageDialog.h"

#include "app/Messages.h"
#include "common/DateFields.h"
#include "server/SaveWhenConnected.h"
#include "service/ReviewService.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

VillageDialog::VillageDialog(Database& db, const Village& village, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VillageDialog>()), m_db(db), m_original(village)
{
    m_ui->setupUi(this);
    setWindowTitle(village.id.isEmpty() ? tr("New village") : tr("Edit village"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    dateFields::setupOptional(m_ui->validFromEdit);
    dateFields::setupOptional(m_ui->validToEdit);
    m_ui->nameEdit->setText(village.name);
    m_ui->responsibleNameEdit->setText(village.responsibleName);
    m_ui->responsibleRoleEdit->setText(village.responsibleRole);
    dateFields::setValue(m_ui->validFromEdit, village.validFrom);
    dateFields::setValue(m_ui->validToEdit, village.validTo);
    m_ui->noteEdit->setText(village.note);
    m_errors.add(QStringLiteral("name"), m_ui->nameError, m_ui->nameEdit);
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VillageDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

VillageDialog::~VillageDialog() = default;

Village VillageDialog::village() const
{
    Village v = m_original;
    v.name = m_ui->nameEdit->text().simplified();
    v.responsibleName = m_ui->responsibleNameEdit->text().trimmed();
    v.responsibleRole = m_ui->responsibleRoleEdit->text().trimmed();
    v.validFrom = dateFields::value(m_ui->validFromEdit);
    v.validTo = dateFields::value(m_ui->validToEdit);
    v.note = m_ui->noteEdit->text().trimmed();
    return v;
}

void VillageDialog::accept()
{
    const auto issues = ReviewService(m_db).checkVillage(village());
    if (!issues) {
        Messages::error(this, windowTitle(), issues.error().message);
        return;
    }
    if (m_errors.show(issues.value())) {
        return;
    }
    SaveWhenConnected::accept(this, m_db);
}

} // namespace ntm::gui
