// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/AssessmentDialog.h"

#include "ui_AssessmentDialog.h"

#include "common/Palette.h"
#include "domain/Vocabulary.h"
#include "store/AssessmentStore.h"
#include "store/CriteriaStore.h"
#include "timeline/TimelineToolTips.h"
#include "util/Dates.h"

#include <QDateTime>
#include <QHeaderView>
#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

namespace {
QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

AssessmentDialog::AssessmentDialog(Database* db, const CriterionTimeline& timeline, const TimelineRow& row,
                                   const TimelineSpan& span, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AssessmentDialog>()), m_assessmentId(span.event.id)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const Assessment& a = span.event;
    m_ui->communeValue->setText(
        timeline.districtName.isEmpty() ? timeline.title : tr("%1, %2").arg(timeline.title, timeline.districtName));
    m_ui->criterionValue->setText(QStringLiteral("%1. %2").arg(row.number).arg(row.name));
    m_ui->setValue->setText(span.setCode);
    const QColor colour = palette::status(span.status);
    m_ui->statusValue->setText(
        QStringLiteral("%1 %2").arg(palette::statusSymbol(span.status), Vocabulary::label(span.status)).trimmed());
    m_ui->statusValue->setStyleSheet(QStringLiteral("QLabel { background: %1; padding: 2px 6px; }").arg(colour.name()));
    m_ui->statusValue->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_ui->periodValue->setText(TimelineToolTips::period(span.from, span.until));
    m_ui->assessedOnValue->setText(a.id.isEmpty() ? QStringLiteral("—") : dates::toDisplay(a.assessedOn));
    m_ui->recordedByValue->setText(orDash(Vocabulary::userLabel(a.recordedBy)));
    // Stored as UTC with milliseconds; shown in local time, the way users read dates.
    const QDateTime recordedAt = QDateTime::fromString(a.recordedAt, Qt::ISODateWithMs);
    m_ui->recordedAtValue->setText(recordedAt.isValid()
                                       ? recordedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                       : orDash(a.recordedAt));
    m_ui->noteValue->setText(orDash(a.note));
    m_ui->evidenceValue->setText(orDash(a.evidenceRef));
    QStringList remarks;
    if (a.id.isEmpty()) {
        remarks.append(span.viaCrosswalk
                           ? tr("The status comes through the province's crosswalk from the previous set; "
                                "there is no assessment under this set yet.")
                           : tr("The criterion has not been assessed under this set yet."));
    }
    if (!span.carriedFromSet.isEmpty()) {
        remarks.append(tr("Recorded under %1 and carried over to %2 until the commune is assessed under the new set.")
                           .arg(span.carriedFromSet, span.setCode));
    }
    if (a.illustrative) {
        remarks.append(tr("Illustrative demo record."));
    }
    m_ui->remarkLabel->setText(remarks.join(QLatin1Char(' ')));
    m_ui->remarkLabel->setVisible(!remarks.isEmpty());
    m_ui->indicatorsTable->setColumnCount(2);
    m_ui->indicatorsTable->setHorizontalHeaderLabels({tr("Indicator"), tr("Value")});
    m_ui->indicatorsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->indicatorsTable->verticalHeader()->hide();
    m_ui->indicatorsTable->hide();
    if (db && !a.id.isEmpty()) {
        fillValues(*db, a);
    }
    setWindowTitle(tr("Assessment – criterion %1").arg(row.number));
}

AssessmentDialog::~AssessmentDialog() = default;

void AssessmentDialog::fillValues(Database& db, const Assessment& a)
{
    const auto values = AssessmentStore(db).valuesOf({a.id});
    const auto sets = CriteriaStore(db).sets();
    if (!values || !sets || values.value().value(a.id).isEmpty()) {
        return;
    }
    QHash<QString, QString> names;
    for (const CriteriaSet& s : sets.value()) {
        if (s.id != a.setId) {
            continue;
        }
        if (const Criterion* c = s.criterionByNumber(a.criterionNumber)) {
            for (const Indicator& i : c->indicators) {
                names.insert(i.id, i.code + QLatin1Char(' ') + i.name);
            }
        }
    }
    const QList<IndicatorValue> list = values.value().value(a.id);
    m_ui->indicatorsTable->setRowCount(static_cast<int>(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const QString name = names.value(list.at(r).indicatorId, list.at(r).indicatorId);
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setToolTip(name);
        m_ui->indicatorsTable->setItem(r, 0, nameItem);
        m_ui->indicatorsTable->setItem(r, 1, new QTableWidgetItem(list.at(r).text));
    }
    m_ui->indicatorsTable->show();
}

} // namespace ntm::gui
