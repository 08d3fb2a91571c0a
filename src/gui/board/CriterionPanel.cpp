// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/CriterionPanel.h"

#include "ui_CriterionPanel.h"

#include "access/AccessGuard.h"
#include "access/WriteAccess.h"
#include "app/Messages.h"
#include "board/BoardModel.h"
#include "common/DateFields.h"
#include "service/CommuneLife.h"
#include "service/IllustrativeData.h"
#include "service/ProgressService.h"
#include "service/SetResolver.h"
#include "store/UnitStore.h"
#include "undo/LambdaCommand.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QHeaderView>
#include <QUndoStack>

#include <algorithm>

namespace ntm::gui {

using namespace ntm::core;

CriterionPanel::CriterionPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::CriterionPanel>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("criterionPanel"));
    dateFields::setup(m_ui->dateEdit);
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->dateHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &CriterionPanel::updateDateHint);
    for (CriterionStatus s : {CriterionStatus::Met, CriterionStatus::BasicallyMet, CriterionStatus::NotMet}) {
        m_ui->statusCombo->addItem(Vocabulary::label(s), static_cast<int>(s));
    }
    m_ui->indicatorsTable->setColumnCount(3);
    m_ui->indicatorsTable->setHorizontalHeaderLabels({tr("Indicator"), tr("Target"), tr("Value")});
    m_ui->indicatorsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->indicatorsTable->verticalHeader()->hide();
    m_ui->historyTable->setColumnCount(5);
    m_ui->historyTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Status"), tr("Recorded by"), tr("Evidence"), tr("Note")});
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTable->verticalHeader()->hide();
    m_errors.add(QStringLiteral("status"), m_ui->statusError, m_ui->statusCombo);
    m_errors.add(QStringLiteral("date"), m_ui->dateError, m_ui->dateEdit);
    m_errors.setGeneral(m_ui->generalError);
    // The form keeps room for two lines about the date (the usual finding): the board's pane does not jump.
    m_errors.reserve(QStringLiteral("date"), 2);
    m_errors.clear();
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { record(); });
    connect(m_ui->bulkButton, &QPushButton::clicked, this, [this] { Q_EMIT bulkRequested(m_communeId); });
    m_ui->formBox->setEnabled(false);
    m_ui->bulkButton->setEnabled(false);
}

CriterionPanel::~CriterionPanel() = default;

void CriterionPanel::setContext(Database* db, QUndoStack* undo)
{
    m_db = db;
    m_undo = undo;
    show(QString(), 0, m_asOf);
}

const Criterion* CriterionPanel::criterionOn(const QDate& date, QString* setCode) const
{
    const auto* resolver = static_cast<const SetResolver*>(m_resolverHolder.get());
    const CriteriaSet* set = resolver ? resolver->setFor(m_communeId, m_provinceId, date) : nullptr;
    if (!set || set->family != m_family) {
        return nullptr;
    }
    if (setCode) {
        *setCode = set->displayCode();
    }
    return set->criterionByNumber(m_number);
}

void CriterionPanel::show(const QString& communeId, int number, const QDate& asOf)
{
    // Another cell or another date: the form's date follows it instead of keeping the last one used.
    const bool moved = communeId != m_communeId || number != m_number || asOf != m_asOf;
    m_communeId = communeId;
    m_number = number;
    m_asOf = asOf;
    if (moved) {
        resetDate();
    }
    refresh();
}

void CriterionPanel::resetDate()
{
    const QDate today = QDate::currentDate();
    m_ui->dateEdit->setDate(m_asOf.isValid() && m_asOf < today ? m_asOf : today);
    updateDateHint();
}

void CriterionPanel::updateDateHint()
{
    const QDate d = m_ui->dateEdit->date();
    m_ui->dateHint->setText(d == QDate::currentDate() ? tr("today") : d == m_asOf ? tr("the as-of date") : QString());
}

void CriterionPanel::refresh()
{
    m_errors.clear();
    m_ui->indicatorsTable->setRowCount(0);
    m_ui->historyTable->setRowCount(0);
    const bool shown = m_db && !m_communeId.isEmpty() && m_number > 0;
    // A role that may not record here sees the form disabled, and why (instead of a refusal after the click).
    const RecordPlace here{QString(), m_communeId};
    const QString why = shown ? AccessGuard(*m_db).whyNot(RecordKind::Assessment, here) : QString();
    m_ui->formBox->setEnabled(shown && why.isEmpty());
    m_ui->formBox->setToolTip(why);
    writeAccess::apply(m_ui->saveButton, m_db, RecordKind::Assessment, here, shown);
    writeAccess::apply(m_ui->bulkButton, m_db, RecordKind::Assessment, here, m_db && !m_communeId.isEmpty());
    if (!shown) {
        m_ui->titleLabel->setText(tr("Select a cell of the board to see a criterion of a commune."));
        m_ui->setLabel->clear();
        return;
    }
    auto resolver = SetResolver::load(*m_db);
    const auto commune = UnitStore(*m_db).commune(m_communeId);
    if (!resolver || !commune || !commune.value()) {
        m_ui->titleLabel->setText(!resolver ? resolver.error().message : tr("This commune is not in the database."));
        return;
    }
    m_provinceId = commune.value()->provinceId;
    m_resolverHolder = std::make_shared<SetResolver>(std::move(resolver).value());
    const auto* r = static_cast<const SetResolver*>(m_resolverHolder.get());
    const CriteriaSet* set = r->setFor(m_communeId, m_provinceId, m_asOf);
    const Criterion* criterion = set ? set->criterionByNumber(m_number) : nullptr;
    const CommunePeriod* period = commune.value()->periodOn(m_asOf);
    const QString title = period ? Vocabulary::communeTitle(period->kind, period->name) : m_communeId;
    if (!commune.value()->existsOn(m_asOf)) {
        // A commune on a date outside its life: no criterion of that date is its own.
        const auto life = CommuneLifeService(*m_db).of(m_communeId, m_asOf);
        m_ui->titleLabel->setText(title);
        m_ui->setLabel->setText(life ? life.value().sentence() : life.error().message);
        m_ui->formBox->setEnabled(false);
        return;
    }
    if (!criterion) {
        m_ui->titleLabel->setText(title);
        m_ui->setLabel->setText(tr("No criterion %1 applies on %2.").arg(m_number).arg(dates::toDisplay(m_asOf)));
        m_ui->formBox->setEnabled(false);
        return;
    }
    m_family = set->family;
    m_ui->titleLabel->setText(
        QStringLiteral("<b>%1</b> – %2")
            .arg(title.toHtmlEscaped(), tr("criterion %1: %2").arg(m_number).arg(criterion->name).toHtmlEscaped()));
    const int group = r->groupOf(m_communeId, m_asOf);
    QString setText = group > 0 ? tr("Criteria set %1, commune group %2").arg(set->displayCode()).arg(group)
                                : tr("Criteria set %1").arg(set->displayCode());
    if (const CommuneGroupAssignment* g = r->groupRowOf(m_communeId, m_asOf); g && g->illustrative) {
        setText += QLatin1Char(' ') + IllustrativeData::mark();
    }
    if (r->assumedOn(m_communeId, m_provinceId, m_asOf)) {
        setText += QLatin1Char(' ') + tr("(applied as an assumption: see the set's note)");
    }
    m_ui->setLabel->setText(setText);
    fillIndicators(*criterion, group);
    fillHistory();
}

void CriterionPanel::fillIndicators(const Criterion& criterion, int group)
{
    // The versions in force on the date (491's indicators 10 and 12 changed on 20/2/2013), with their targets then.
    const QList<Indicator> indicators = criterion.indicatorsOn(m_asOf);
    m_ui->indicatorsTable->setRowCount(static_cast<int>(indicators.size()));
    for (int row = 0; row < indicators.size(); ++row) {
        const Indicator& ind = indicators.at(row);
        auto* name =
            new QTableWidgetItem((ind.code.isEmpty() ? tr("(no code)") : ind.code) + QStringLiteral(" ") + ind.name);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, ind.id);
        name->setToolTip(ind.verified ? ind.name
                                      : ind.name + QStringLiteral("\n") + tr("Not verified: %1").arg(ind.note));
        const QString target = ind.targetFor(group, m_asOf);
        const TargetPeriod* period = ind.targetPeriodOn(group, m_asOf);
        auto* targetItem = new QTableWidgetItem(target.isEmpty() ? tr("(not published)") : target);
        if (period && !period->verified) {
            targetItem->setToolTip(tr("Not verified: %1").arg(period->note));
        }
        targetItem->setFlags(Qt::ItemIsEnabled);
        auto* value = new QTableWidgetItem;
        value->setToolTip(indicatorKindKey(ind.kind));
        m_ui->indicatorsTable->setItem(row, 0, name);
        m_ui->indicatorsTable->setItem(row, 1, targetItem);
        m_ui->indicatorsTable->setItem(row, 2, value);
    }
    m_ui->indicatorsTable->resizeRowsToContents();
}

void CriterionPanel::fillHistory()
{
    const auto history = AssessmentService(*m_db).historyOf(m_communeId, m_family, m_number);
    if (!history) {
        m_ui->generalError->setText(history.error().message);
        m_ui->generalError->show();
        return;
    }
    m_ui->historyTable->setRowCount(static_cast<int>(history.value().size()));
    for (int row = 0; row < history.value().size(); ++row) {
        const Assessment& a = history.value().at(row);
        const QStringList cells{dates::toDisplay(a.assessedOn), Vocabulary::label(a.status),
                                Vocabulary::userLabel(a.recordedBy), a.evidenceRef, a.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 1) {
                item->setBackground(BoardModel::colour(a.status));
            }
            m_ui->historyTable->setItem(row, c, item);
        }
    }
    m_ui->historyTable->resizeColumnToContents(0);
}

QList<AssessmentInput> CriterionPanel::inputs(const Criterion& criterion) const
{
    AssessmentInput in;
    in.criterionId = criterion.id;
    in.status = static_cast<CriterionStatus>(m_ui->statusCombo->currentData().toInt());
    in.note = m_ui->noteEdit->text();
    in.evidenceRef = m_ui->evidenceEdit->text();
    for (int row = 0; row < m_ui->indicatorsTable->rowCount(); ++row) {
        const QString value = m_ui->indicatorsTable->item(row, 2)->text().trimmed();
        const QString indicatorId = m_ui->indicatorsTable->item(row, 0)->data(Qt::UserRole).toString();
        // Indicators are those of the criterion shown; recorded only when the criterion is the same on that date.
        const bool ofCriterion = std::any_of(criterion.indicators.cbegin(), criterion.indicators.cend(),
                                             [&](const Indicator& i) { return i.id == indicatorId; });
        if (!value.isEmpty() && ofCriterion) {
            in.values.append({indicatorId, value, std::nullopt});
        }
    }
    return {in};
}

bool CriterionPanel::record()
{
    if (!m_db || !m_undo || m_communeId.isEmpty()) {
        return false;
    }
    const QDate date = m_ui->dateEdit->date();
    QString setCode;
    const Criterion* criterion = criterionOn(date, &setCode);
    if (!criterion) {
        // The commune's own life first (it did not exist on the date), then the criteria set.
        if (const auto reasons = AssessmentService(*m_db).check(m_communeId, date, {}); reasons) {
            Issues dateIssues;
            for (const Issue& i : reasons.value()) {
                if (i.isError() && i.field == QLatin1String("date")) {
                    dateIssues.append(i);
                }
            }
            if (!dateIssues.isEmpty()) {
                m_errors.show(dateIssues);
                return false;
            }
        }
        m_errors.show({errorIssue(QStringLiteral("date"),
                                  tr("On %1 the criteria set in force for this commune has no criterion %2 of this "
                                     "family; choose a date when it applies.")
                                      .arg(dates::toDisplay(date))
                                      .arg(m_number))});
        return false;
    }
    const QList<AssessmentInput> in = inputs(*criterion);
    const auto issues = AssessmentService(*m_db).check(m_communeId, date, in);
    if (!issues) {
        Messages::error(this, tr("Record assessment"), issues.error().message);
        return false;
    }
    if (m_errors.show(issues.value())) {
        return false;
    }
    const QStringList ids{ids::newId()};
    Database* db = m_db;
    const QString commune = m_communeId;
    auto* command = new LambdaCommand(
        *db, tr("Record criterion %1").arg(m_number),
        [db, commune, date, in, ids]() -> Status {
            const auto r = AssessmentService(*db).record(commune, date, in, ids);
            return r ? Status() : Status(r.error());
        },
        [db, ids] { return AssessmentService(*db).retract(ids); },
        [this](const QString& m) { Messages::error(this, tr("Record assessment"), m); });
    const bool done = ServiceCommand::push(m_undo, command);
    if (done) {
        m_ui->noteEdit->clear();
        m_ui->evidenceEdit->clear();
    }
    return done;
}

} // namespace ntm::gui
