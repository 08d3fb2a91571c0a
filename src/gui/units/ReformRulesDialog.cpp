// SPDX-License-Identifier: GPL-3.0-or-later
#include "units/ReformRulesDialog.h"

#include "ui_ReformRulesDialog.h"

#include "app/Messages.h"
#include "db/Database.h"
#include "undo/LambdaCommand.h"
#include "util/Dates.h"

#include <QHeaderView>
#include <QPushButton>
#include <QUndoStack>

namespace ntm::gui {

using namespace ntm::core;

namespace {
QString period(const Reform& r)
{
    if (!r.endsOn.isValid() || r.endsOn == r.startsOn) {
        return dates::toDisplay(r.startsOn);
    }
    return dates::toDisplay(r.startsOn) + QStringLiteral(" – ") + dates::toDisplay(r.endsOn);
}
} // namespace

ReformRulesDialog::ReformRulesDialog(Database& db, QUndoStack* undo, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReformRulesDialog>()), m_db(db), m_undo(undo)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    for (RecognitionRule rule : {RecognitionRule::KeptIfAllHeld, RecognitionRule::Ends}) {
        m_ui->ruleCombo->addItem(Vocabulary::label(rule), static_cast<int>(rule));
    }
    m_ui->reformsTable->setColumnCount(6);
    m_ui->reformsTable->setHorizontalHeaderLabels(
        {tr("Reform"), tr("Period"), tr("Communes formed"), tr("Rule"), tr("Source"), tr("Checked")});
    m_ui->reformsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_errors.add(QStringLiteral("rule_source"), m_ui->sourceError);
    m_errors.add(QStringLiteral("note"), m_ui->noteError);
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    m_admin = m_db.actor().isAdmin();
    m_ui->accessLabel->setText(m_admin ? QString()
                                       : tr("Only an administrator can change a reform's rule; you can read it."));
    for (QWidget* w : {static_cast<QWidget*>(m_ui->ruleCombo), static_cast<QWidget*>(m_ui->sourceEdit),
                       static_cast<QWidget*>(m_ui->verifiedCheck), static_cast<QWidget*>(m_ui->noteEdit),
                       static_cast<QWidget*>(m_ui->saveButton)}) {
        w->setEnabled(m_admin);
    }
    connect(m_ui->reformsTable, &QTableWidget::currentCellChanged, this, [this] { showSelected(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

ReformRulesDialog::~ReformRulesDialog() = default;

void ReformRulesDialog::load()
{
    const QString current = m_ui->reformsTable->currentRow() >= 0 && m_ui->reformsTable->currentRow() < m_rows.size()
                                ? m_rows.at(m_ui->reformsTable->currentRow()).reform.code
                                : QString();
    const auto rows = ReformService(m_db).list();
    if (!rows) {
        m_ui->generalError->setText(rows.error().message.toHtmlEscaped());
        return;
    }
    m_rows = rows.value();
    QSignalBlocker block(m_ui->reformsTable);
    m_ui->reformsTable->setRowCount(static_cast<int>(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Reform& r = m_rows.at(i).reform;
        const QStringList cells{r.name,
                                period(r),
                                QString::number(m_rows.at(i).mergers),
                                Vocabulary::label(r.rule),
                                r.ruleSource.isEmpty() ? tr("no source") : r.ruleSource,
                                r.ruleVerified ? tr("yes") : tr("no: unverified")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 0 && !r.note.isEmpty() ? r.name + QStringLiteral("\n") + r.note : cells.at(c));
            m_ui->reformsTable->setItem(i, c, item);
        }
    }
    block.unblock();
    m_ui->reformsTable->resizeColumnsToContents();
    m_ui->reformsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!current.isEmpty()) {
        selectReform(current);
    } else if (!m_rows.isEmpty()) {
        m_ui->reformsTable->setCurrentCell(0, 0);
    }
    showSelected();
}

void ReformRulesDialog::selectReform(const QString& code)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).reform.code == code) {
            m_ui->reformsTable->setCurrentCell(i, 0);
        }
    }
}

void ReformRulesDialog::showSelected()
{
    const int row = m_ui->reformsTable->currentRow();
    m_ui->editorBox->setEnabled(row >= 0 && row < m_rows.size());
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    const Reform& r = m_rows.at(row).reform;
    m_ui->editorBox->setTitle(tr("Rule of: %1").arg(r.name));
    m_ui->ruleCombo->setCurrentIndex(m_ui->ruleCombo->findData(static_cast<int>(r.rule)));
    m_ui->sourceEdit->setText(r.ruleSource);
    m_ui->verifiedCheck->setChecked(r.ruleVerified);
    m_ui->noteEdit->setPlainText(r.note);
    m_errors.clear();
}

Reform ReformRulesDialog::edited() const
{
    Reform r = m_rows.at(m_ui->reformsTable->currentRow()).reform;
    r.rule = static_cast<RecognitionRule>(m_ui->ruleCombo->currentData().toInt());
    r.ruleSource = m_ui->sourceEdit->text().trimmed();
    r.ruleVerified = m_ui->verifiedCheck->isChecked();
    r.note = m_ui->noteEdit->toPlainText().trimmed();
    return r;
}

bool ReformRulesDialog::save()
{
    const int row = m_ui->reformsTable->currentRow();
    if (!m_admin || row < 0 || row >= m_rows.size()) {
        return false;
    }
    const Reform before = m_rows.at(row).reform;
    const Reform after = edited();
    if (m_errors.show(ReformService::check(after))) {
        return false;
    }
    // Each half names the version it expects: a change made meanwhile by someone else is refused, not overwritten.
    auto version = std::make_shared<int>(before.rowVersion);
    auto apply = [this, version](Reform target) {
        target.rowVersion = *version;
        const Status s = ReformService(m_db).updateRule(target);
        if (s) {
            *version += 1;
        }
        return s;
    };
    auto* command = new LambdaCommand(
        m_db, tr("Change the recognition rule of %1").arg(before.name), [apply, after] { return apply(after); },
        [apply, before] { return apply(before); },
        [this](const QString& message) { Messages::error(this, windowTitle(), message); });
    bool ok = false;
    if (m_undo) {
        ok = ServiceCommand::push(m_undo, command);
    } else {
        command->redo();
        ok = command->succeeded();
        delete command;
    }
    load();
    return ok;
}

} // namespace ntm::gui
