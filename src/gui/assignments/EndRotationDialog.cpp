// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignments/EndRotationDialog.h"

#include "ui_EndRotationDialog.h"

#include "app/Messages.h"
#include "common/DateFields.h"
#include "server/SaveWhenConnected.h"
#include "service/RotationRules.h"
#include "service/RotationService.h"
#include "store/OfficialStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"

#include <QPushButton>

#include <algorithm>
#include <cmath>

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
    if (rotation.evaluation) {
        m_ui->evaluationCombo->setCurrentIndex(m_ui->evaluationCombo->findData(Vocabulary::key(*rotation.evaluation)));
    }
    m_ui->returnPositionEdit->setText(rotation.returnPosition);
    m_errors.add(QStringLiteral("actual_end"), m_ui->actualEndError, m_ui->actualEndEdit);
    m_errors.add(QStringLiteral("end_reason"), m_ui->endReasonError, m_ui->reasonCombo);
    m_errors.add(QStringLiteral("evaluation"), m_ui->evaluationError, m_ui->evaluationCombo);
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    if (rotation.endReason) {
        m_ui->reasonCombo->setCurrentIndex(m_ui->reasonCombo->findData(Vocabulary::key(*rotation.endReason)));
        m_reasonChosen = true;
    } else {
        suggestReason();
    }
    describeTerm();
    connect(m_ui->actualEndEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_reasonChosen) {
            suggestReason(); // also clears what was said about the earlier date
        } else {
            m_errors.clear();
        }
    });
    connect(m_ui->reasonCombo, &QComboBox::activated, this, [this] { m_reasonChosen = true; });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EndRotationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EndRotationDialog::~EndRotationDialog() = default;

void EndRotationDialog::describeTerm()
{
    const Rotation& r = m_original;
    QString official = r.officialId;
    if (const auto o = OfficialStore(m_db).get(r.officialId); o && o.value()) {
        official = o.value()->fullName;
    }
    QString commune = r.communeId;
    if (const auto c = UnitStore(m_db).commune(r.communeId); c && c.value()) {
        if (const CommunePeriod* p = c.value()->periodOn(r.startDate)) {
            commune = Vocabulary::communeTitle(p->kind, p->name);
        }
    }
    const QString planned =
        r.plannedEnd.isValid() ? tr("planned end %1").arg(dates::toDisplay(r.plannedEnd)) : tr("no planned end");
    m_ui->termLabel->setText(tr("Term of <b>%1</b> as %2 in %3, from %4 (%5), decision %6.")
                                 .arg(official.toHtmlEscaped(), r.toPosition.toHtmlEscaped(), commune.toHtmlEscaped(),
                                      dates::toDisplay(r.startDate), planned, r.decisionNo.toHtmlEscaped()));
    setWindowTitle(tr("End rotation – %1").arg(official));
}

void EndRotationDialog::suggestReason()
{
    const QDate end = m_ui->actualEndEdit->date();
    const auto likely = RotationRules::likelyEndReason(m_original, end);
    m_ui->reasonCombo->setCurrentIndex(likely ? m_ui->reasonCombo->findData(Vocabulary::key(*likely)) : 0);
    m_errors.clear();
    if (!likely && m_original.plannedEnd.isValid() && end < m_original.plannedEnd) {
        const int months = static_cast<int>(std::lround(end.daysTo(m_original.plannedEnd) / 30.44));
        m_errors.show({warningIssue(
            QStringLiteral("end_reason"),
            tr("The term ends %n month(s) before its planned end: choose why.", nullptr, std::max(months, 1)))});
    }
}

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
    SaveWhenConnected::accept(this, m_db);
}

} // namespace ntm::gui
