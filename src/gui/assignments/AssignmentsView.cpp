// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignments/AssignmentsView.h"

#include "ui_AssignmentsView.h"

#include "access/AccessGuard.h"
#include "access/WriteAccess.h"
#include "app/AppSettings.h"
#include "app/Messages.h"
#include "assignments/EndRotationDialog.h"
#include "assignments/RotationDialog.h"
#include "assignments/RotationFilterProxy.h"
#include "assignments/RotationTableModel.h"
#include "audit/RecordHistoryDialog.h"
#include "common/DateFields.h"
#include "common/ModelExport.h"
#include "common/TableSetup.h"
#include "service/RotationList.h"
#include "service/RotationService.h"
#include "store/UnitStore.h"
#include "undo/RecordCommands.h"
#include "undo/RotationCommands.h"
#include "util/Dates.h"
#include "util/VietnameseOrder.h"

#include <QAction>
#include <QHeaderView>
#include <QUndoStack>

namespace ntm::gui {

using namespace ntm::core;

AssignmentsView::AssignmentsView(QWidget* parent)
    : View(parent), m_ui(std::make_unique<Ui::AssignmentsView>()), m_model(new RotationTableModel(this)),
      m_proxy(new RotationFilterProxy(this)), m_asOf(QDate::currentDate())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("assignmentsView"));
    m_proxy->setSourceModel(m_model);
    m_ui->rotationTable->setModel(m_proxy);
    m_ui->rotationTable->sortByColumn(RotationTableModel::Start, Qt::DescendingOrder);
    setupTable(m_ui->rotationTable, {RotationTableModel::FromUnit, RotationTableModel::FromPosition});
    RecordHistoryDialog::addToContextMenu(m_ui->rotationTable, RotationTableModel::IdRole, QStringLiteral("rotation"),
                                          [this] { return m_db; });
    // Dates are narrow, their headers ("Dự kiến kết thúc") are not: each column at least as wide as its header.
    setColumnWidths(m_ui->rotationTable, {{RotationTableModel::Official, 150},
                                          {RotationTableModel::Commune, 150},
                                          {RotationTableModel::District, 95},
                                          {RotationTableModel::Position, 170},
                                          {RotationTableModel::Kind, 85},
                                          {RotationTableModel::Start, 88},
                                          {RotationTableModel::PlannedEnd, 88},
                                          {RotationTableModel::ActualEnd, 88},
                                          {RotationTableModel::DecisionDate, 88},
                                          {RotationTableModel::State, 120},
                                          {RotationTableModel::IssuingBody, 230}});
    dateFields::setupOptional(m_ui->fromDateEdit);
    dateFields::setupOptional(m_ui->toDateEdit);
    m_ui->kindCombo->addItem(tr("All kinds"));
    for (RotationKind k : {RotationKind::LuanChuyen, RotationKind::DieuDong, RotationKind::BietPhai}) {
        m_ui->kindCombo->addItem(Vocabulary::label(k), Vocabulary::key(k));
    }
    m_ui->stateCombo->addItem(tr("Any status"));
    for (RotationState s : {RotationState::Active, RotationState::EndingSoon, RotationState::Overdue,
                            RotationState::Ended, RotationState::Upcoming}) {
        m_ui->stateCombo->addItem(RotationFilter::label(s), static_cast<int>(s));
    }
    auto addAction = [this](QPushButton* button) {
        auto* action = new QAction(button->text(), m_ui->rotationTable);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_ui->rotationTable->addAction(action);
    };
    addAction(m_ui->editButton);
    addAction(m_ui->endButton);
    addAction(m_ui->deleteButton);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { newRotation(); });
    connect(m_ui->editButton, &QPushButton::clicked, this, &AssignmentsView::editSelected);
    connect(m_ui->endButton, &QPushButton::clicked, this, &AssignmentsView::endSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AssignmentsView::deleteSelected);
    connect(m_ui->rotationTable, &QTableView::doubleClicked, this, &AssignmentsView::editSelected);
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, &AssignmentsView::clearFilters);
    for (QComboBox* combo : {m_ui->districtCombo, m_ui->kindCombo, m_ui->stateCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AssignmentsView::applyFilter);
    }
    connect(m_ui->communeCombo, &QComboBox::currentIndexChanged, this, &AssignmentsView::applyFilter);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &AssignmentsView::applyFilter);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &AssignmentsView::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &AssignmentsView::applyFilter);
    connect(m_ui->rotationTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignmentsView::updateButtons);
    updateButtons();
}

AssignmentsView::~AssignmentsView() = default;

QString AssignmentsView::title() const
{
    return tr("Assignments");
}

void AssignmentsView::setSettings(AppSettings* settings)
{
    m_settings = settings;
    applyFilter();
}

void AssignmentsView::setDatabase(Database* db)
{
    m_db = db;
    fillFilterChoices();
    refreshWhenShown();
}

void AssignmentsView::setAsOf(const QDate& date)
{
    m_asOf = date;
    m_model->setAsOf(date, m_settings ? m_settings->endingSoonDays() : 90);
    applyFilter();
}

QString AssignmentsView::reportCommuneId() const
{
    return m_ui->communeCombo->currentData().toString();
}

QString AssignmentsView::reportDistrictId() const
{
    return m_ui->districtCombo->currentData().toString();
}

void AssignmentsView::fillFilterChoices()
{
    const QSignalBlocker blockDistrict(m_ui->districtCombo);
    const QSignalBlocker blockCommune(m_ui->communeCombo);
    m_ui->districtCombo->clear();
    m_ui->communeCombo->clear();
    m_ui->districtCombo->addItem(tr("All districts"));
    m_ui->communeCombo->addItem(tr("All communes"));
    if (!m_db) {
        return;
    }
    if (const auto districts = UnitStore(*m_db).districts()) {
        QList<District> list = districts.value();
        std::sort(list.begin(), list.end(), [](const District& a, const District& b) {
            const int byName = text::compareVietnamese(a.name, b.name);
            return byName != 0 ? byName < 0 : text::lessVietnamese(a.title(), b.title());
        });
        for (const District& d : list) {
            m_ui->districtCombo->addItem(d.title(), d.id);
        }
    }
}

void AssignmentsView::refresh()
{
    const QString selected = selectedId();
    if (!m_db) {
        m_model->setRows({});
        applyFilter();
        return;
    }
    const auto rows = RotationList(*m_db).rows();
    if (!rows) {
        m_model->setRows({});
        reportError(rows.error().message);
        return;
    }
    m_model->setRows(rows.value());
    // Communes that have rotations, for the commune filter.
    const QString currentCommune = m_ui->communeCombo->currentData().toString();
    {
        const QSignalBlocker block(m_ui->communeCombo);
        m_ui->communeCombo->clear();
        m_ui->communeCombo->addItem(tr("All communes"));
        QHash<QString, QString> communes;
        for (const RotationListRow& r : rows.value()) {
            communes.insert(r.rotation.communeId, r.communeTitle);
        }
        QList<QPair<QString, QString>> sorted;
        for (auto it = communes.cbegin(); it != communes.cend(); ++it) {
            sorted.append({it.value(), it.key()});
        }
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto& a, const auto& b) { return text::lessVietnamese(a.first, b.first); });
        for (const auto& [title, id] : sorted) {
            m_ui->communeCombo->addItem(title, id);
        }
        m_ui->communeCombo->setCurrentIndex(std::max(0, m_ui->communeCombo->findData(currentCommune)));
    }
    m_model->setAsOf(m_asOf, m_settings ? m_settings->endingSoonDays() : 90);
    applyFilter();
    select(selected);
}

void AssignmentsView::applyFilter()
{
    RotationFilter f;
    f.asOf = m_asOf;
    f.endingSoonDays = m_settings ? m_settings->endingSoonDays() : 90;
    f.districtId = m_ui->districtCombo->currentData().toString();
    f.communeId = m_ui->communeCombo->currentData().toString();
    f.kind = Vocabulary::rotationKind(m_ui->kindCombo->currentData().toString());
    if (m_ui->stateCombo->currentIndex() > 0) {
        f.state = static_cast<RotationState>(m_ui->stateCombo->currentData().toInt());
    }
    f.from = dateFields::value(m_ui->fromDateEdit);
    f.to = dateFields::value(m_ui->toDateEdit);
    f.setText(m_ui->searchEdit->text());
    m_proxy->setFilter(f);
    const QString summary = tr("%n rotation decision(s)", nullptr, m_model->rowCount()) + QStringLiteral(", ") +
                            tr("%n shown", nullptr, m_proxy->rowCount());
    updateButtons();
    Q_EMIT summaryChanged(summary);
}

void AssignmentsView::clearFilters()
{
    m_ui->districtCombo->setCurrentIndex(0);
    m_ui->communeCombo->setCurrentIndex(0);
    m_ui->kindCombo->setCurrentIndex(0);
    m_ui->stateCombo->setCurrentIndex(0);
    dateFields::setValue(m_ui->fromDateEdit, QDate());
    dateFields::setValue(m_ui->toDateEdit, QDate());
    m_ui->searchEdit->clear();
}

void AssignmentsView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

QString AssignmentsView::selectedId() const
{
    const QModelIndexList rows = m_ui->rotationTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(RotationTableModel::IdRole).toString();
}

void AssignmentsView::select(const QString& rotationId)
{
    const int sourceRow = rotationId.isEmpty() ? -1 : m_model->rowOf(rotationId);
    if (sourceRow < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_ui->rotationTable->selectRow(index.row());
        m_ui->rotationTable->scrollTo(index);
    }
}

void AssignmentsView::updateButtons()
{
    const QString id = selectedId();
    const bool has = !id.isEmpty();
    // Disabled for a role that may not make the change, with the reason in the tooltip.
    std::optional<RecordPlace> place;
    if (has && m_db && m_model->rowOf(id) >= 0) {
        const Rotation& r = m_model->row(m_model->rowOf(id)).rotation;
        if (const auto p = AccessGuard(*m_db).rotationPlace(r.communeId, r.startDate, r.officialId)) {
            place = p.value();
        }
    }
    writeAccess::apply(m_ui->newButton, m_db, RecordKind::Rotation, std::nullopt, m_db != nullptr);
    for (QPushButton* b : {m_ui->editButton, m_ui->endButton, m_ui->deleteButton}) {
        writeAccess::apply(b, m_db, RecordKind::Rotation, place, has);
    }
}

void AssignmentsView::reportError(const QString& message)
{
    Messages::error(this, tr("Assignments"), message);
}

void AssignmentsView::newRotation(const QString& officialId)
{
    if (!m_db || !m_undo) {
        return;
    }
    auto* dialog = new RotationDialog(*m_db, nullptr, this, officialId);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto* command = new AddRotationCommand(*m_db, dialog->rotation(), dialog->officialName(),
                                               [this](const QString& m) { reportError(m); });
        const QString id = command->rotationId();
        m_undo->push(command);
        select(id);
    });
    dialog->open();
}

void AssignmentsView::editSelected()
{
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    if (!m_db || !m_undo || row < 0) {
        return;
    }
    const Rotation before = m_model->row(row).rotation;
    auto* dialog = new RotationDialog(*m_db, &before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        saveEdit(before, dialog->rotation(), tr("Edit rotation of %1").arg(dialog->officialName()),
                 dialog->officialName());
    });
    dialog->open();
}

void AssignmentsView::endSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_db || !m_undo || row < 0) {
        return;
    }
    const RotationListRow listed = m_model->row(row);
    auto* dialog = new EndRotationDialog(*m_db, listed.rotation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, listed] {
        saveEdit(listed.rotation, dialog->rotation(), tr("End rotation of %1").arg(listed.officialName),
                 listed.officialName);
    });
    dialog->open();
}

void AssignmentsView::saveEdit(const Rotation& before, const Rotation& mine, const QString& text,
                               const QString& officialName)
{
    const Status saved = ServiceCommand::pushResolvingConflicts(
        m_undo, new EditRotationCommand(*m_db, before, mine, text, [this](const QString& m) { reportError(m); }));
    if (saved || saved.error().kind != ErrorKind::Conflict) {
        return;
    }
    // Someone else saved this record after it was read: both versions, and the user's choice.
    const auto theirs = recordCommands::overwriteTheirs<Rotation>(
        *m_db, before.id, tr("the rotation of %1").arg(officialName), mine,
        [](Database& db, const Rotation& r) { return RotationService(db).update(r, Warnings::Accept); },
        [this](const QString& m) { reportError(m); });
    if (!theirs) {
        refresh();
        return;
    }
    saveEdit(*theirs, mine, text, officialName);
}

void AssignmentsView::deleteSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_db || !m_undo || row < 0) {
        return;
    }
    const RotationListRow listed = m_model->row(row);
    if (!Messages::confirm(this, tr("Delete rotation"),
                           tr("Delete the rotation of %1 to %2 (decision %3)? You can undo this with Edit > Undo.")
                               .arg(listed.officialName, listed.communeTitle, listed.rotation.decisionNo))) {
        return;
    }
    m_undo->push(new DeleteRotationCommand(*m_db, listed.rotation, listed.officialName,
                                           [this](const QString& m) { reportError(m); }));
}

std::optional<TableData> AssignmentsView::exportTable() const
{
    return tableFromModel(*m_proxy, tr("Rotations"));
}

QByteArray AssignmentsView::saveViewState() const
{
    return m_ui->rotationTable->horizontalHeader()->saveState();
}

void AssignmentsView::restoreViewState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_ui->rotationTable->horizontalHeader()->restoreState(state);
    }
}

} // namespace ntm::gui
