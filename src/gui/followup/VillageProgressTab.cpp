// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/VillageProgressTab.h"
#include "common/TableSetup.h"

#include "ui_VillageProgressTab.h"

#include "app/Messages.h"
#include "followup/GardenCountDialog.h"
#include "followup/ModelAreaDialog.h"
#include "followup/VillageChangeDialog.h"
#include "followup/VillageProgressModel.h"
#include "followup/VillageRulesDialog.h"
#include "service/VillageProgressService.h"
#include "undo/LambdaCommand.h"
#include "undo/RecordCommands.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace ntm::gui {

using namespace ntm::core;
namespace rc = recordCommands;

namespace {
QString measured(const RuleStanding& s)
{
    switch (s.rule.measure) {
    case VillageMeasure::ModelAreaShare:
        return VillageProgressTab::tr("%1 of %2 villages are model residential areas (%3 %)")
            .arg(s.modelAreas)
            .arg(s.villages)
            .arg(QLocale().toString(s.value, 'f', 1));
    case VillageMeasure::ModelAreaCount:
        return VillageProgressTab::tr("%1 villages are model residential areas").arg(s.modelAreas);
    case VillageMeasure::ModelGardens:
        break;
    }
    return VillageProgressTab::tr("%1 model gardens").arg(s.gardens);
}
} // namespace

VillageProgressTab::VillageProgressTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::VillageProgressTab>()), m_model(new VillageProgressModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("villageProgressTab"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(VillageProgressModel::SortRole);
    m_ui->villagesTable->setModel(m_sorted);
    m_ui->villagesTable->verticalHeader()->hide();
    m_ui->villagesTable->horizontalHeader()->setStretchLastSection(true);
    fitHeaders(m_ui->villagesTable);
    connect(m_ui->villagesTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VillageProgressTab::updateButtons);
    connect(m_ui->modelAreaButton, &QPushButton::clicked, this, &VillageProgressTab::recordModelArea);
    connect(m_ui->gardensButton, &QPushButton::clicked, this, &VillageProgressTab::recordGardens);
    connect(m_ui->changeButton, &QPushButton::clicked, this, &VillageProgressTab::changeVillages);
    connect(m_ui->rulesButton, &QPushButton::clicked, this, &VillageProgressTab::openRules);
    updateButtons();
}

VillageProgressTab::~VillageProgressTab() = default;

void VillageProgressTab::setContext(const std::shared_ptr<const FollowUpContext>& context)
{
    m_context = context;
    m_model->setRows(FollowUpFigures::villageProgress(context->data, context->asOf));
    m_ui->villagesTable->resizeColumnsToContents();
    m_ui->ruleLabel->setText(ruleText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    updateButtons();
}

QString VillageProgressTab::ruleText() const
{
    if (!m_context) {
        return {};
    }
    QStringList lines;
    for (const RuleStanding& s : FollowUpFigures::rules(m_context->data, m_context->progress)) {
        QString status;
        for (const CriterionState& c : m_context->progress.criteria) {
            status = c.criterionId == s.criterion.id ? Vocabulary::label(c.status) : status;
        }
        QString rule = s.rule.threshold ? tr("rule: at least %1").arg(QLocale().toString(*s.rule.threshold, 'g', 6))
                                        : tr("rule: threshold not in our sources");
        if (!s.rule.verified) {
            rule += QStringLiteral(", ") + tr("UNVERIFIED");
        }
        const QString meets = !s.meets ? QString() : *s.meets ? tr(" – meets the rule") : tr(" – below the rule");
        lines.append(tr("Criterion %1 (%2, status %3) is fed by the villages: %4 (%5)%6.")
                         .arg(s.criterion.number)
                         .arg(s.criterion.name, status, measured(s), rule, meets));
    }
    return lines.join(QLatin1Char('\n'));
}

QString VillageProgressTab::selectedVillage() const
{
    const QModelIndex i = m_sorted->mapToSource(m_ui->villagesTable->currentIndex());
    const VillageProgressRow* r = i.isValid() ? m_model->rowAt(i.row()) : nullptr;
    return r ? r->village.id : QString();
}

QList<Village> VillageProgressTab::villagesOnDate() const
{
    QList<Village> out;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        out.append(m_model->rowAt(r)->village);
    }
    return out;
}

void VillageProgressTab::updateButtons()
{
    const bool ready = m_context && m_context->ready();
    const bool villages = ready && m_model->rowCount() > 0;
    m_ui->modelAreaButton->setEnabled(villages);
    m_ui->gardensButton->setEnabled(villages);
    m_ui->changeButton->setEnabled(villages);
    m_ui->rulesButton->setEnabled(ready);
}

void VillageProgressTab::report(const QString& message)
{
    Messages::error(this, tr("Village progress"), message);
}

void VillageProgressTab::recordModelArea()
{
    if (!m_context || !m_context->ready()) {
        return;
    }
    VillageModelArea a;
    a.communeId = m_context->communeId;
    a.villageId = selectedVillage();
    a.decidedOn = std::min(m_context->asOf, QDate::currentDate());
    const auto context = m_context;
    auto* dialog = new ModelAreaDialog(*context->db, villagesOnDate(), a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, context] {
        VillageModelArea after = dialog->area();
        after.id = ids::newId();
        rc::add<VillageModelArea>(
            context->undo, *context->db, tr("Recognise a model residential area"), after,
            [](Database& db, const VillageModelArea& x) { return VillageProgressService(db).addModelArea(x); },
            [](Database& db, const QString& id) { return VillageProgressService(db).removeModelArea(id); },
            [this](const QString& m) { report(m); });
    });
    dialog->open();
}

void VillageProgressTab::recordGardens()
{
    if (!m_context || !m_context->ready()) {
        return;
    }
    VillageGardenCount g;
    g.communeId = m_context->communeId;
    g.villageId = selectedVillage();
    g.countedOn = std::min(m_context->asOf, QDate::currentDate());
    g.gardens = FollowUpFigures::gardensOn(m_context->data, g.villageId, g.countedOn);
    const auto context = m_context;
    auto* dialog = new GardenCountDialog(*context->db, villagesOnDate(), g, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, context] {
        VillageGardenCount after = dialog->count();
        after.id = ids::newId();
        rc::add<VillageGardenCount>(
            context->undo, *context->db, tr("Record model gardens"), after,
            [](Database& db, const VillageGardenCount& x) { return VillageProgressService(db).addGardenCount(x); },
            [](Database& db, const QString& id) { return VillageProgressService(db).removeGardenCount(id); },
            [this](const QString& m) { report(m); });
    });
    dialog->open();
}

void VillageProgressTab::changeVillages()
{
    if (!m_context || !m_context->ready()) {
        return;
    }
    const auto context = m_context;
    auto* dialog = new VillageChangeDialog(*context->db, context->communeId, villagesOnDate(), selectedVillage(),
                                           context->asOf, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, context] {
        const VillageChange change = dialog->change();
        Database* db = context->db;
        ServiceCommand::push(context->undo, new LambdaCommand(
                                                *db,
                                                change.kind == QLatin1String("rename")
                                                    ? tr("Rename village to %1").arg(change.created.name)
                                                    : tr("Merge villages into %1").arg(change.created.name),
                                                [db, change] { return VillageChangeService(*db).apply(change); },
                                                [db, change] { return VillageChangeService(*db).revert(change); },
                                                [this](const QString& m) { report(m); }));
    });
    dialog->open();
}

void VillageProgressTab::openRules()
{
    if (!m_context || !m_context->ready()) {
        return;
    }
    auto* dialog =
        new VillageRulesDialog(*m_context->db, *m_context->undo, m_context->communeId, m_context->progress.setId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ntm::gui
