// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/CriterionPlanDialog.h"

#include "ui_CriterionPlanDialog.h"

#include "common/DateFields.h"
#include "followup/CheckedAccept.h"
#include "server/SaveWhenConnected.h"
#include "service/CriterionPlanService.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

CriterionPlanDialog::CriterionPlanDialog(Database& db, const CriterionPlan& plan, const QString& criterionLabel,
                                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CriterionPlanDialog>()), m_db(db), m_original(plan)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("criterionPlanDialog"));
    setWindowTitle(tr("Criterion plan"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QPushButton* removeButton = m_ui->buttonBox->button(QDialogButtonBox::Discard);
    removeButton->setText(tr("Remove plan"));
    removeButton->setObjectName(QStringLiteral("removePlanButton"));
    removeButton->setVisible(!plan.id.isEmpty());
    m_ui->criterionLabelValue->setText(criterionLabel);
    dateFields::setup(m_ui->targetDateEdit);
    m_ui->targetDateEdit->setDate(plan.targetDate.isValid() ? plan.targetDate : QDate::currentDate().addMonths(6));
    m_ui->noteEdit->setText(plan.note);
    m_errors.add(QStringLiteral("criterion"), m_ui->criterionError);
    m_errors.add(QStringLiteral("target_date"), m_ui->targetDateError);
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CriterionPlanDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        m_remove = true;
        SaveWhenConnected::accept(this, m_db);
    });
}

CriterionPlanDialog::~CriterionPlanDialog() = default;

CriterionPlan CriterionPlanDialog::plan() const
{
    CriterionPlan p = m_original;
    p.targetDate = m_ui->targetDateEdit->date();
    p.note = m_ui->noteEdit->text().trimmed();
    return p;
}

void CriterionPlanDialog::accept()
{
    m_remove = false;
    if (checkedAccept(this, m_errors, CriterionPlanService(m_db).checkPlan(plan()))) {
        SaveWhenConnected::accept(this, m_db);
    }
}

} // namespace ntm::gui
