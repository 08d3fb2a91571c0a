// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignments/EndRotationDialog.h"

#include "ui_EndRotationDialog.h"

#include "app/Messages.h"
#include "common/DateFields.h"
#include "service/RotationService.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

EndRotationDialog::EndRotationDialog(Database& db, const Rotation& rotation, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EndRotationDialog>()), m_db(db), m_original(rotation)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("End rotation"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    dateFields::setup(m_ui->actualEndEdit);
    const QDate suggested = rotation.actualEnd.isValid() ? rotation.actualEnd
                            : rotation.plannedEnd.isValid() && rotation.plannedEnd < QDate::currentDate()
                                ? rotation.plannedEnd
                                : QDate::currentDate();
    m_ui->actualEndEdit->setDate(suggested);
    m_ui->reasonCombo->addItem(tr("(not given)"), QString());
    for (EndReason r : {EndReason::Completed, EndReason::Recalled, EndReason::Promoted, EndReason::Stayed,
                        EndReason::Retired, EndReason::Other}) {
        m_ui->reasonCombo->addItem(Vocabulary::label(r), Vocabulary::key(r));
    }
    m_ui->evaluationCombo->addItem(tr("(not yet evaluated)"), QString());
    for (Evaluation e : {Evaluation::XuatSac, Evaluation::Tot, Evaluation::HoanThanh, Evaluation::KhongHoanThanh}) {
        m_ui->evaluationCombo->addItem(Vocabulary::label(e), Vocabulary::key(e));
    }
    m_ui->reasonCombo->setCurrentIndex(
        rotation.endReason ? m_ui->reasonCombo->findData(Vocabulary::key(*rotation.endReason)) : 1);
    if (rotation.evaluation) {
        m_ui->evaluationCombo->setCurrentIndex(m_ui->evaluationCombo->findData(Vocabulary::key(*rotation.evaluation)));
    }
    m_ui->returnPositionEdit->setText(rotation.returnPosition);
    m_errors.add(QStringLiteral("actual_end"), m_ui->actualEndError);
    m_errors.add(QStringLiteral("end_reason"), m_ui->endReasonError);
    m_errors.add(QStringLiteral("evaluation"), m_ui->evaluationError);
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EndRotationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EndRotationDialog::~EndRotationDialog() = default;

Rotation EndRotationDialog::rotation() const
{
    Rotation r = m_original;
    r.actualEnd = m_ui->actualEndEdit->date();
    r.endReason = Vocabulary::endReason(m_ui->reasonCombo->currentData().toString());
    r.evaluation = Vocabulary::evaluation(m_ui->evaluationCombo->currentData().toString());
    r.returnPosition = m_ui->returnPositionEdit->text().trimmed();
    return r;
}

void EndRotationDialog::accept()
{
    const auto issues = RotationService(m_db).check(rotation());
    if (!issues) {
        Messages::error(this, windowTitle(), issues.error().message);
        return;
    }
    if (m_errors.show(issues.value())) {
        return;
    }
    QStringList warnings;
    for (const Issue& i : issues.value()) {
        warnings.append(QStringLiteral("• ") + i.message);
    }
    if (!warnings.isEmpty() &&
        !Messages::confirm(this, windowTitle(),
                           warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Save anyway?"))) {
        return;
    }
    QDialog::accept();
}

} // namespace ntm::gui
