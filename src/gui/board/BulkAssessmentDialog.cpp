// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/BulkAssessmentDialog.h"

#include "ui_BulkAssessmentDialog.h"

#include "board/BoardModel.h"
#include "common/DateFields.h"
#include "server/SaveWhenConnected.h"
#include "service/ProgressService.h"
#include "store/UnitStore.h"
#include "util/Dates.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr int kStatusColumn = 3;
} // namespace

BulkAssessmentDialog::BulkAssessmentDialog(Database& db, const QString& communeId, const QDate& date, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulkAssessmentDialog>()), m_db(db), m_communeId(communeId)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    dateFields::setup(m_ui->dateEdit);
    m_ui->dateEdit->setDate(date);
    m_ui->criteriaTable->setColumnCount(4);
    m_ui->criteriaTable->setHorizontalHeaderLabels({tr("No."), tr("Criterion"), tr("Now"), tr("New status")});
    m_ui->criteriaTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->criteriaTable->verticalHeader()->hide();
    m_errors.add(QStringLiteral("date"), m_ui->dateError, m_ui->dateEdit);
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    if (const auto commune = UnitStore(db).commune(communeId); commune && commune.value()) {
        const CommunePeriod* p = commune.value()->periodOn(date);
        m_ui->communeLabel->setText(
            QStringLiteral("<b>%1</b>")
                .arg(p ? Vocabulary::communeTitle(p->kind, p->name).toHtmlEscaped() : communeId));
    }
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this] { fill(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BulkAssessmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

BulkAssessmentDialog::~BulkAssessmentDialog() = default;

QDate BulkAssessmentDialog::date() const
{
    return m_ui->dateEdit->date();
}

void BulkAssessmentDialog::fill()
{
    // The criteria of the set in force on the chosen date, with their status just before it.
    auto progress = ProgressService::create(m_db);
    const auto standing =
        progress ? progress.value().communeProgress(m_communeId, date()) : Result<CommuneProgress>(progress.error());
    m_ui->criteriaTable->setRowCount(0);
    if (!standing) {
        m_errors.show({errorIssue(QString(), standing.error().message)});
        return;
    }
    const CommuneProgress& p = standing.value();
    m_ui->criteriaTable->setRowCount(static_cast<int>(p.criteria.size()));
    for (int row = 0; row < p.criteria.size(); ++row) {
        const CriterionState& s = p.criteria.at(row);
        auto* number = new QTableWidgetItem(QString::number(s.number));
        number->setData(Qt::UserRole, s.criterionId);
        number->setData(Qt::UserRole + 1, s.number);
        auto* name = new QTableWidgetItem(s.name);
        name->setToolTip(s.name);
        auto* now = new QTableWidgetItem(Vocabulary::label(s.status));
        now->setBackground(BoardModel::colour(s.status));
        for (QTableWidgetItem* item : {number, name, now}) {
            item->setFlags(Qt::ItemIsEnabled);
        }
        m_ui->criteriaTable->setItem(row, 0, number);
        m_ui->criteriaTable->setItem(row, 1, name);
        m_ui->criteriaTable->setItem(row, 2, now);
        auto* combo = new QComboBox(m_ui->criteriaTable);
        combo->addItem(tr("— unchanged —"), -1);
        for (CriterionStatus st : {CriterionStatus::Met, CriterionStatus::BasicallyMet, CriterionStatus::NotMet}) {
            combo->addItem(Vocabulary::label(st), static_cast<int>(st));
        }
        m_ui->criteriaTable->setCellWidget(row, kStatusColumn, combo);
    }
    m_ui->criteriaTable->resizeColumnToContents(0);
    m_ui->criteriaTable->resizeColumnToContents(2);
    m_ui->criteriaTable->resizeColumnToContents(kStatusColumn);
    // A date the commune did not exist on is said at once, with the reason.
    if (const auto reasons = AssessmentService(m_db).check(m_communeId, date(), {}); reasons) {
        Issues dateIssues;
        for (const Issue& i : reasons.value()) {
            if (i.isError() && i.field == QLatin1String("date")) {
                dateIssues.append(i);
            }
        }
        m_errors.show(dateIssues);
    }
}

void BulkAssessmentDialog::choose(int number, CriterionStatus status)
{
    for (int row = 0; row < m_ui->criteriaTable->rowCount(); ++row) {
        if (m_ui->criteriaTable->item(row, 0)->data(Qt::UserRole + 1).toInt() == number) {
            auto* combo = static_cast<QComboBox*>(m_ui->criteriaTable->cellWidget(row, kStatusColumn));
            combo->setCurrentIndex(combo->findData(static_cast<int>(status)));
        }
    }
}

QList<AssessmentInput> BulkAssessmentDialog::inputs() const
{
    QList<AssessmentInput> out;
    for (int row = 0; row < m_ui->criteriaTable->rowCount(); ++row) {
        const auto* combo = static_cast<const QComboBox*>(m_ui->criteriaTable->cellWidget(row, kStatusColumn));
        const int chosen = combo->currentData().toInt();
        if (chosen < 0) {
            continue;
        }
        AssessmentInput in;
        in.criterionId = m_ui->criteriaTable->item(row, 0)->data(Qt::UserRole).toString();
        in.status = static_cast<CriterionStatus>(chosen);
        in.note = m_ui->noteEdit->text();
        in.evidenceRef = m_ui->evidenceEdit->text();
        out.append(in);
    }
    return out;
}

void BulkAssessmentDialog::accept()
{
    const auto issues = AssessmentService(m_db).check(m_communeId, date(), inputs());
    if (!issues) {
        m_errors.show({errorIssue(QString(), issues.error().message)});
        return;
    }
    if (m_errors.show(issues.value())) {
        return;
    }
    SaveWhenConnected::accept(this, m_db);
}

} // namespace ntm::gui
