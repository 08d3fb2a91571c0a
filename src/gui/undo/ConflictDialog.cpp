// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/ConflictDialog.h"

#include "ui_ConflictDialog.h"

#include "app/Messages.h"
#include "audit/AuditChangesModel.h"
#include "audit/AuditEntryModel.h"
#include "common/TableSetup.h"
#include "domain/Vocabulary.h"

#include <QHeaderView>
#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

ConflictDialog::ConflictDialog(const RecordConflict& conflict, const QString& what, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConflictDialog>()), m_changes(new AuditChangesModel(this))
{
    m_ui->setupUi(this);
    setMinimumSize(720, 380);
    const QString who = conflict.changedBy.isEmpty() ? tr("Someone") : Vocabulary::userLabel(conflict.changedBy);
    const QString when =
        conflict.changedAt.isEmpty() ? tr("a moment ago") : AuditEntryModel::displayTime(conflict.changedAt);
    if (conflict.deleted) {
        m_ui->introLabel->setText(
            tr("%1 deleted %2 at %3, after you opened it. Your changes were not saved.").arg(who, what, when));
    } else {
        m_ui->introLabel->setText(tr("%1 changed %2 at %3, after you opened it. Your changes were not saved, so "
                                     "nothing of theirs was overwritten. Where the two versions differ:")
                                      .arg(who, what, when));
    }
    m_changes->setValueHeaders(tr("Saved by %1").arg(who), tr("Yours"));
    AuditEntry versions;
    versions.action = QStringLiteral("update");
    versions.beforeJson = conflict.theirsJson;
    versions.afterJson = conflict.mineJson;
    if (!conflict.deleted && !conflict.mineJson.isEmpty()) {
        m_changes->setEntry(&versions);
    }
    m_ui->changesTable->setModel(m_changes);
    setupTable(m_ui->changesTable);
    m_ui->changesTable->setColumnWidth(0, 180);
    m_ui->changesTable->setColumnWidth(1, 250);
    fitHeaders(m_ui->changesTable);
    m_ui->changesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->changesTable->setVisible(!conflict.deleted);

    QPushButton* keep =
        m_ui->buttonBox->addButton(conflict.deleted ? tr("Close") : tr("&Keep theirs"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirsButton"));
    keep->setDefault(true);
    if (!conflict.deleted) {
        m_saveMineButton = m_ui->buttonBox->addButton(tr("&Save mine over theirs"), QDialogButtonBox::AcceptRole);
        m_saveMineButton->setObjectName(QStringLiteral("saveMineButton"));
        m_saveMineButton->setEnabled(!conflict.mineJson.isEmpty());
    }
    if (!conflict.mineRefusal.isEmpty() && !conflict.deleted) {
        m_ui->choiceLabel->setText(tr("Your version cannot be saved over theirs: %1").arg(conflict.mineRefusal));
    } else if (!conflict.deleted) {
        m_ui->choiceLabel->setText(tr("Keep theirs to leave the record as it is saved now. Save mine to save your "
                                      "version over theirs as a new change; it can be undone, and the history of "
                                      "the record keeps both."));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        m_saveMine = true;
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConflictDialog::~ConflictDialog() = default;

int ConflictDialog::differenceCount() const
{
    return m_changes->rowCount();
}

std::optional<int> ConflictDialog::resolve(QWidget* parent, Database& db, const QString& table, const QString& id,
                                           const QString& what, const ConflictInspector::Apply& applyMine)
{
    const auto conflict = ConflictInspector(db).inspect(table, id, applyMine);
    if (!conflict) {
        Messages::error(parent, tr("Someone else changed this record"), conflict.error().message);
        return std::nullopt;
    }
    ConflictDialog dialog(conflict.value(), what, parent);
    dialog.setObjectName(QStringLiteral("conflictDialog"));
    if (dialog.exec() != QDialog::Accepted || !dialog.saveMine()) {
        return std::nullopt;
    }
    return conflict.value().currentVersion;
}

} // namespace ntm::gui
