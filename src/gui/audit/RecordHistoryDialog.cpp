// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/RecordHistoryDialog.h"

#include "ui_RecordHistoryDialog.h"

#include "audit/AuditChangesModel.h"
#include "audit/AuditEntryModel.h"
#include "audit/AuditTrail.h"
#include "common/PlaceNames.h"
#include "common/TableSetup.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

namespace ntm::gui {

using namespace ntm::core;

RecordHistoryDialog::RecordHistoryDialog(Database& db, const QString& table, const QString& rowId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecordHistoryDialog>()), m_entries(new AuditEntryModel(this)),
      m_changes(new AuditChangesModel(this))
{
    m_ui->setupUi(this);
    setMinimumSize(860, 480);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->entriesTable->setModel(m_entries);
    setupTable(m_ui->entriesTable);
    m_ui->entriesTable->setColumnWidth(AuditEntryModel::When, 150);
    m_ui->entriesTable->setColumnWidth(AuditEntryModel::Action, 120);
    m_ui->entriesTable->setColumnWidth(AuditEntryModel::Record, 220);
    fitHeaders(m_ui->entriesTable);
    m_ui->changesTable->setModel(m_changes);
    setupTable(m_ui->changesTable);
    m_ui->changesTable->setColumnWidth(0, 180);
    m_ui->changesTable->setColumnWidth(1, 300);
    fitHeaders(m_ui->changesTable);
    const auto history = AuditTrail(db).historyOf(table, rowId);
    if (!history) {
        m_ui->introLabel->setText(history.error().message);
        return;
    }
    m_entries->setEntries(history.value(), placeNames(db));
    const QString label = history.value().isEmpty() ? rowId : AuditTrail::recordLabel(history.value().constLast());
    m_ui->introLabel->setText(
        tr("%1: %n change(s) recorded, oldest first.", nullptr, static_cast<int>(history.value().size())).arg(label));
    connect(m_ui->entriesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_changes->setEntry(current.isValid() ? &m_entries->entry(current.row()) : nullptr);
            });
    if (m_entries->rowCount() > 0) {
        m_ui->entriesTable->selectRow(m_entries->rowCount() - 1);
    }
}

RecordHistoryDialog::~RecordHistoryDialog() = default;

int RecordHistoryDialog::entryCount() const
{
    return m_entries->rowCount();
}

void RecordHistoryDialog::addToContextMenu(QTableView* view, int idRole, const QString& table,
                                           std::function<Database*()> database)
{
    auto* action = new QAction(tr("&History of this record…"), view);
    action->setObjectName(QStringLiteral("historyAction"));
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(action, &QAction::triggered, view, [view, idRole, table, database] {
        Database* db = database();
        const QModelIndex current = view->currentIndex();
        const QString id = current.isValid() ? current.siblingAtColumn(0).data(idRole).toString() : QString();
        if (!db || id.isEmpty()) {
            return;
        }
        auto* dialog = new RecordHistoryDialog(*db, table, id, view->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace ntm::gui
