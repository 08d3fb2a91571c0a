// SPDX-License-Identifier: GPL-3.0-or-later
#include "officials/OfficialsView.h"

#include "ui_OfficialsView.h"

#include "access/WriteAccess.h"
#include "app/Messages.h"
#include "audit/RecordHistoryDialog.h"
#include "common/ModelExport.h"
#include "common/TableSetup.h"
#include "officials/OfficialDialog.h"
#include "officials/OfficialFilterProxy.h"
#include "officials/OfficialHistoryModel.h"
#include "officials/OfficialTableModel.h"
#include "service/OfficialList.h"
#include "service/OfficialService.h"
#include "service/RotationImpact.h"
#include "store/RotationStore.h"
#include "undo/OfficialCommands.h"
#include "undo/RecordCommands.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QUndoStack>

namespace ntm::gui {

using namespace ntm::core;

OfficialsView::OfficialsView(QWidget* parent)
    : View(parent), m_ui(std::make_unique<Ui::OfficialsView>()), m_model(new OfficialTableModel(this)),
      m_proxy(new OfficialFilterProxy(this)), m_history(new OfficialHistoryModel(this)), m_asOf(QDate::currentDate())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("officialsView"));
    m_proxy->setSourceModel(m_model);
    m_ui->officialsTable->setModel(m_proxy);
    m_ui->officialsTable->sortByColumn(OfficialTableModel::Name, Qt::AscendingOrder);
    setupTable(m_ui->officialsTable);
    RecordHistoryDialog::addToContextMenu(m_ui->officialsTable, OfficialTableModel::IdRole, QStringLiteral("official"),
                                          [this] { return m_db; });
    m_ui->officialsTable->setColumnWidth(OfficialTableModel::Name, 180);
    m_ui->officialsTable->setColumnWidth(OfficialTableModel::Gender, 70);
    m_ui->officialsTable->setColumnWidth(OfficialTableModel::BirthDate, 90);
    m_ui->officialsTable->setColumnWidth(OfficialTableModel::HomeUnit, 260);
    m_ui->officialsTable->setColumnWidth(OfficialTableModel::HomePosition, 150);
    m_ui->officialsTable->setColumnWidth(OfficialTableModel::CurrentAssignment, 230);
    fitHeaders(m_ui->officialsTable);
    m_ui->historyTable->setModel(m_history);
    setupTable(m_ui->historyTable);
    const QList<QPair<int, int>> historyWidths{
        {OfficialHistoryModel::Period, 165},     {OfficialHistoryModel::Commune, 160},
        {OfficialHistoryModel::Position, 190},   {OfficialHistoryModel::Kind, 85},
        {OfficialHistoryModel::MetAtStart, 135}, {OfficialHistoryModel::MetAtEnd, 95},
        {OfficialHistoryModel::Gained, 55}};
    for (const auto& [column, width] : historyWidths) {
        m_ui->historyTable->setColumnWidth(column, width);
    }
    fitHeaders(m_ui->historyTable);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->newButton, &QPushButton::clicked, this, &OfficialsView::newOfficial);
    connect(m_ui->editButton, &QPushButton::clicked, this, &OfficialsView::editSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &OfficialsView::deleteSelected);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, [this] { Q_EMIT newRotationRequested(selectedId()); });
    connect(m_ui->officialsTable, &QTableView::doubleClicked, this, &OfficialsView::editSelected);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        Q_EMIT summaryChanged(tr("%n official(s)", nullptr, m_model->rowCount()) + QStringLiteral(", ") +
                              tr("%n shown", nullptr, m_proxy->rowCount()));
    });
    connect(m_ui->officialsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    updateButtons();
    showHistory();
}

OfficialsView::~OfficialsView() = default;

QString OfficialsView::title() const
{
    return tr("Officials");
}

void OfficialsView::setDatabase(Database* db)
{
    m_db = db;
    refreshWhenShown();
}

void OfficialsView::setAsOf(const QDate& date)
{
    // Only the current assignments and the selected official's history depend on the date: no reading again.
    m_asOf = date;
    m_model->setAsOf(date);
    if (!isStale()) {
        showHistory();
    }
}

void OfficialsView::refresh()
{
    const QString selected = selectedId();
    if (!m_db) {
        m_model->setRows({});
    } else if (const auto rows = OfficialList(*m_db).rows(m_asOf)) {
        m_model->setRows(rows.value());
    } else {
        m_model->setRows({});
        reportError(rows.error().message);
    }
    select(selected);
    showHistory();
    updateButtons();
    Q_EMIT summaryChanged(tr("%n official(s)", nullptr, m_model->rowCount()) + QStringLiteral(", ") +
                          tr("%n shown", nullptr, m_proxy->rowCount()));
}

void OfficialsView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

QString OfficialsView::selectedId() const
{
    const QModelIndexList rows = m_ui->officialsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(OfficialTableModel::IdRole).toString();
}

void OfficialsView::select(const QString& officialId)
{
    const int row = officialId.isEmpty() ? -1 : m_model->rowOf(officialId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_ui->officialsTable->selectRow(index.row());
        m_ui->officialsTable->scrollTo(index);
    }
}

void OfficialsView::showHistory()
{
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    if (!m_db || row < 0) {
        m_history->setRows({});
        m_ui->historyTitle->setText(tr("Select an official to see their rotations."));
        return;
    }
    const QString name = m_model->row(row).official.fullName;
    const auto rotations = RotationStore(*m_db).ofOfficial(id);
    const auto impact = rotations ? RotationImpactService(*m_db).of(rotations.value(), m_asOf)
                                  : Result<QList<RotationImpactRow>>(rotations.error());
    if (!impact) {
        m_history->setRows({});
        m_ui->historyTitle->setText(impact.error().message);
        return;
    }
    m_history->setRows(impact.value());
    m_ui->historyTitle->setText(impact.value().isEmpty()
                                    ? tr("%1 has not been rotated.").arg(name)
                                    : tr("Rotations of %1 and what their communes gained").arg(name));
}

void OfficialsView::updateButtons()
{
    const QString id = selectedId();
    const bool has = !id.isEmpty();
    // Disabled for a role that may not make the change, with the reason in the tooltip.
    std::optional<RecordPlace> place;
    if (has && m_model->rowOf(id) >= 0) {
        place = RecordPlace{m_model->row(m_model->rowOf(id)).official.homeDistrictId, QString()};
    }
    writeAccess::apply(m_ui->newButton, m_db, RecordKind::Official, std::nullopt, m_db != nullptr);
    writeAccess::apply(m_ui->editButton, m_db, RecordKind::Official, place, has);
    writeAccess::apply(m_ui->deleteButton, m_db, RecordKind::Official, place, has);
    writeAccess::apply(m_ui->rotateButton, m_db, RecordKind::Rotation, std::nullopt, has);
}

void OfficialsView::reportError(const QString& message)
{
    Messages::error(this, tr("Officials"), message);
}

void OfficialsView::newOfficial()
{
    if (!m_db || !m_undo) {
        return;
    }
    auto* dialog = new OfficialDialog(*m_db, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto* command = new AddOfficialCommand(*m_db, dialog->official(), [this](const QString& m) { reportError(m); });
        const QString id = command->officialId();
        m_undo->push(command);
        select(id);
    });
    dialog->open();
}

void OfficialsView::editSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_db || !m_undo || row < 0) {
        return;
    }
    const Official before = m_model->row(row).official;
    auto* dialog = new OfficialDialog(*m_db, &before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] { saveEdit(before, dialog->official()); });
    dialog->open();
}

void OfficialsView::saveEdit(const Official& before, const Official& mine)
{
    const Status saved = ServiceCommand::pushResolvingConflicts(
        m_undo, new EditOfficialCommand(*m_db, before, mine, [this](const QString& m) { reportError(m); }));
    if (saved || saved.error().kind != ErrorKind::Conflict) {
        return;
    }
    // Someone else saved this record after it was read: both versions, and the user's choice.
    const auto theirs = recordCommands::overwriteTheirs<Official>(
        *m_db, before.id, tr("the record of %1").arg(before.fullName), mine,
        [](Database& db, const Official& o) { return OfficialService(db).update(o); },
        [this](const QString& m) { reportError(m); });
    if (!theirs) {
        refresh();
        return;
    }
    saveEdit(*theirs, mine);
}

void OfficialsView::deleteSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_db || !m_undo || row < 0) {
        return;
    }
    const OfficialListRow listed = m_model->row(row);
    if (const Status allowed = OfficialService(*m_db).canRemove(listed.official.id); !allowed) {
        reportError(allowed.error().message);
        return;
    }
    if (!Messages::confirm(
            this, tr("Delete official"),
            tr("Delete %1 from the register? You can undo this with Edit > Undo.").arg(listed.official.fullName))) {
        return;
    }
    m_undo->push(new DeleteOfficialCommand(*m_db, listed.official, [this](const QString& m) { reportError(m); }));
}

std::optional<TableData> OfficialsView::exportTable() const
{
    return tableFromModel(*m_proxy, tr("Officials"));
}

QByteArray OfficialsView::saveViewState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << m_ui->officialsTable->horizontalHeader()->saveState() << m_ui->splitter->saveState();
    return out;
}

void OfficialsView::restoreViewState(const QByteArray& state)
{
    if (state.isEmpty()) {
        return;
    }
    QDataStream stream(state);
    QByteArray header;
    QByteArray splitter;
    stream >> header >> splitter;
    m_ui->officialsTable->horizontalHeader()->restoreState(header);
    m_ui->splitter->restoreState(splitter);
}

} // namespace ntm::gui
