// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/VillageRulesDialog.h"

#include "ui_VillageRulesDialog.h"

#include "app/Messages.h"
#include "followup/VillageRuleDialog.h"
#include "service/VillageProgressService.h"
#include "service/followup/FollowUpService.h"
#include "undo/RecordCommands.h"
#include "util/Ids.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>

namespace ntm::gui {

using namespace ntm::core;
namespace rc = recordCommands;

VillageRulesDialog::VillageRulesDialog(Database& db, QUndoStack& undo, const QString& communeId, const QString& setId,
                                       QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VillageRulesDialog>()), m_db(db), m_undo(undo), m_communeId(communeId),
      m_setId(setId), m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("villageRulesDialog"));
    setWindowTitle(tr("Village rules of criteria"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_ui->introLabel->setText(tr("How the province's villages feed a commune criterion (Hà Tĩnh's criterion 20: model "
                                 "residential areas and model gardens). The dashboard shows each rule beside the "
                                 "commune's villages; a rule never decides a criterion's status. Only the province "
                                 "(an administrator) changes the rules."));
    m_ui->rulesTable->setModel(m_model);
    m_ui->rulesTable->verticalHeader()->hide();
    reload();
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_ui->rulesTable, &QTableView::doubleClicked, this, [this] { edit(false); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &VillageRulesDialog::remove);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

VillageRulesDialog::~VillageRulesDialog() = default;

void VillageRulesDialog::reload()
{
    const auto data = FollowUpService(m_db).load(m_communeId);
    if (!data) {
        report(data.error().message);
        return;
    }
    m_data = data.value();
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Indicator"), tr("Measure"), tr("At least"), tr("Verified"), tr("Source and note")});
    for (const VillageCriterionRule& r : m_data.rules) {
        const CriterionRef* c = m_data.criterion(r.criterionId);
        QList<QStandardItem*> row{
            new QStandardItem(c ? QStringLiteral("%1 – %2").arg(c->setCode, c->label()) : r.criterionId),
            new QStandardItem(c ? c->indicators.value(r.indicatorId) : QString()),
            new QStandardItem(Vocabulary::label(r.measure)),
            new QStandardItem(r.threshold ? QLocale().toString(*r.threshold, 'g', 6) : tr("not known")),
            new QStandardItem(r.verified ? tr("yes") : tr("UNVERIFIED")),
            new QStandardItem(r.note.isEmpty() ? r.source : r.source + QStringLiteral(" ") + r.note)};
        row.constFirst()->setData(r.id, Qt::UserRole);
        for (QStandardItem* item : row) {
            item->setEditable(false);
            item->setToolTip(item->text());
        }
        m_model->appendRow(row);
    }
    m_ui->rulesTable->resizeColumnsToContents();
    const bool any = m_model->rowCount() > 0;
    m_ui->editButton->setEnabled(any);
    m_ui->deleteButton->setEnabled(any);
}

void VillageRulesDialog::report(const QString& message)
{
    Messages::error(this, windowTitle(), message);
}

void VillageRulesDialog::edit(bool isNew)
{
    VillageCriterionRule before;
    before.provinceId = m_data.provinceId;
    if (!isNew) {
        const int row = m_ui->rulesTable->currentIndex().row();
        if (row < 0 || row >= m_data.rules.size()) {
            return;
        }
        before = m_data.rules.at(row);
    }
    auto* dialog = new VillageRuleDialog(m_db, m_data, m_setId, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, isNew] {
        auto done = [this](const QString& m) { report(m); };
        if (isNew) {
            VillageCriterionRule after = dialog->rule();
            after.id = ids::newId();
            rc::add<VillageCriterionRule>(
                &m_undo, m_db, tr("Add village rule"), after,
                [](Database& db, const VillageCriterionRule& x) { return VillageProgressService(db).addRule(x); },
                [](Database& db, const QString& id) { return VillageProgressService(db).removeRule(id); }, done);
        } else {
            rc::change<VillageCriterionRule>(
                &m_undo, m_db, tr("Edit village rule"), before, dialog->rule(),
                [](Database& db, const VillageCriterionRule& x) { return VillageProgressService(db).updateRule(x); },
                done);
        }
        reload();
    });
    dialog->open();
}

void VillageRulesDialog::remove()
{
    const int row = m_ui->rulesTable->currentIndex().row();
    if (row < 0 || row >= m_data.rules.size()) {
        return;
    }
    rc::remove<VillageCriterionRule>(
        &m_undo, m_db, tr("Delete village rule"), m_data.rules.at(row),
        [](Database& db, const VillageCriterionRule& x) { return VillageProgressService(db).addRule(x); },
        [](Database& db, const QString& id) { return VillageProgressService(db).removeRule(id); },
        [this](const QString& m) { report(m); });
    reload();
}

} // namespace ntm::gui
