// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditView.h"

#include "ui_AuditView.h"

#include "access/AccessPolicy.h"
#include "audit/AuditChangesModel.h"
#include "audit/AuditEntryModel.h"
#include "audit/AuditTrail.h"
#include "audit/RecordHistoryDialog.h"
#include "common/DateFields.h"
#include "common/ModelExport.h"
#include "common/PlaceNames.h"
#include "common/TableSetup.h"
#include "store/UnitStore.h"

#include <QAction>
#include <QCollator>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr int kLimit = 5000;
}

AuditView::AuditView(QWidget* parent)
    : View(parent), m_ui(std::make_unique<Ui::AuditView>()), m_model(new AuditEntryModel(this)),
      m_changes(new AuditChangesModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("auditView"));
    dateFields::setupOptional(m_ui->fromEdit);
    dateFields::setupOptional(m_ui->toEdit);
    dateFields::setValue(m_ui->fromEdit, QDate());
    dateFields::setValue(m_ui->toEdit, QDate());
    m_ui->auditTable->setModel(m_model);
    setupTable(m_ui->auditTable);
    m_ui->auditTable->setColumnWidth(AuditEntryModel::When, 150);
    m_ui->auditTable->setColumnWidth(AuditEntryModel::User, 100);
    m_ui->auditTable->setColumnWidth(AuditEntryModel::Action, 120);
    m_ui->auditTable->setColumnWidth(AuditEntryModel::Kind, 140);
    m_ui->auditTable->setColumnWidth(AuditEntryModel::Record, 260);
    fitHeaders(m_ui->auditTable);
    m_ui->changesTable->setModel(m_changes);
    setupTable(m_ui->changesTable);
    m_ui->changesTable->setColumnWidth(0, 180);
    m_ui->changesTable->setColumnWidth(1, 320);
    fitHeaders(m_ui->changesTable);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    auto* history = new QAction(tr("&History of this record…"), m_ui->auditTable);
    history->setObjectName(QStringLiteral("historyAction"));
    m_ui->auditTable->addAction(history);
    m_ui->auditTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(history, &QAction::triggered, this, &AuditView::showSelectedHistory);
    connect(m_ui->auditTable, &QTableView::doubleClicked, this, &AuditView::showSelectedHistory);
    for (QComboBox* combo : {m_ui->userCombo, m_ui->communeCombo, m_ui->kindCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditView::search);
    }
    for (QDateEdit* edit : {m_ui->fromEdit, m_ui->toEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, &AuditView::search);
    }
    connect(m_ui->clearButton, &QPushButton::clicked, this, &AuditView::clearFilters);
    connect(m_ui->auditTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::showChanges);
}

AuditView::~AuditView() = default;

QString AuditView::title() const
{
    return tr("Audit trail");
}

void AuditView::setDatabase(Database* db)
{
    m_db = db;
    // The names of every place (the whole country's, in a national database) are read when the view is shown.
    m_places.clear();
    refreshWhenShown();
}

void AuditView::setAsOf(const QDate&)
{
    // The audit trail is about when changes were made, not the date the data is shown as of.
}

void AuditView::refresh()
{
    if (m_places.isEmpty() && m_db) {
        m_places = placeNames(*m_db);
    }
    fillFilters();
    search();
}

void AuditView::fillFilters()
{
    m_filling = true;
    const QString user = m_ui->userCombo->currentData().toString();
    const QString commune = m_ui->communeCombo->currentData().toString();
    const QVariant kind = m_ui->kindCombo->currentData();
    m_ui->userCombo->clear();
    m_ui->userCombo->addItem(tr("All users"), QString());
    m_ui->communeCombo->clear();
    m_ui->communeCombo->addItem(tr("All communes"), QString());
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("All kinds"), QVariant());
    if (m_db) {
        if (const auto actors = AuditTrail(*m_db).actors()) {
            for (const QString& a : actors.value()) {
                m_ui->userCombo->addItem(Vocabulary::userLabel(a), a);
            }
        }
        if (const auto communes = UnitStore(*m_db).allCommunes()) {
            QList<QPair<QString, QString>> named;
            for (const Commune& c : communes.value()) {
                named.append({m_places.value(c.id), c.id});
            }
            QCollator collator(QLocale(QLocale::Vietnamese));
            std::sort(named.begin(), named.end(),
                      [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
            for (const auto& [name, id] : std::as_const(named)) {
                m_ui->communeCombo->addItem(name, id);
            }
        }
    }
    for (const RecordKind k :
         {RecordKind::Official, RecordKind::Rotation, RecordKind::Assessment, RecordKind::ReviewMeeting,
          RecordKind::Village, RecordKind::CriterionPlan, RecordKind::CommuneSettings, RecordKind::CriteriaSet,
          RecordKind::Unit, RecordKind::User, RecordKind::WorkingGroup, RecordKind::ReviewAction}) {
        m_ui->kindCombo->addItem(AccessPolicy::kindTitle(k), static_cast<int>(k));
    }
    m_ui->userCombo->setCurrentIndex(std::max(0, m_ui->userCombo->findData(user)));
    m_ui->communeCombo->setCurrentIndex(std::max(0, m_ui->communeCombo->findData(commune)));
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(kind)));
    m_filling = false;
}

void AuditView::search()
{
    if (m_filling) {
        return;
    }
    QList<AuditEntry> entries;
    if (m_db) {
        AuditFilter filter;
        filter.actor = m_ui->userCombo->currentData().toString();
        filter.communeId = m_ui->communeCombo->currentData().toString();
        if (const QVariant kind = m_ui->kindCombo->currentData(); kind.isValid()) {
            filter.kind = static_cast<RecordKind>(kind.toInt());
        }
        filter.from = dateFields::value(m_ui->fromEdit);
        filter.to = dateFields::value(m_ui->toEdit);
        filter.limit = kLimit;
        if (const auto found = AuditTrail(*m_db).search(filter)) {
            entries = found.value();
        } else {
            Q_EMIT errorOccurred(found.error().message);
        }
    }
    const bool more = entries.size() > kLimit;
    if (more) {
        entries.resize(kLimit);
    }
    m_model->setEntries(entries, m_places);
    m_changes->setEntry(nullptr);
    const QString count =
        more ? tr("The newest %n change(s) shown; narrow the filters to see older ones.", nullptr, kLimit)
             : tr("%n change(s)", nullptr, static_cast<int>(entries.size()));
    m_ui->countLabel->setText(count);
    Q_EMIT summaryChanged(count);
}

void AuditView::clearFilters()
{
    m_filling = true;
    m_ui->userCombo->setCurrentIndex(0);
    m_ui->communeCombo->setCurrentIndex(0);
    m_ui->kindCombo->setCurrentIndex(0);
    dateFields::setValue(m_ui->fromEdit, QDate());
    dateFields::setValue(m_ui->toEdit, QDate());
    m_filling = false;
    search();
}

void AuditView::showChanges()
{
    const QModelIndex current = m_ui->auditTable->currentIndex();
    m_changes->setEntry(current.isValid() ? &m_model->entry(current.row()) : nullptr);
}

void AuditView::showSelectedHistory()
{
    const QModelIndex current = m_ui->auditTable->currentIndex();
    if (!m_db || !current.isValid()) {
        return;
    }
    const AuditEntry& e = m_model->entry(current.row());
    if (e.rowId.isEmpty()) {
        return;
    }
    auto* dialog = new RecordHistoryDialog(*m_db, e.table, e.rowId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

std::optional<TableData> AuditView::exportTable() const
{
    return tableFromModel(*m_model, title());
}

QByteArray AuditView::saveViewState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_ui->auditTable->horizontalHeader()->saveState() << m_ui->splitter->saveState();
    return state;
}

void AuditView::restoreViewState(const QByteArray& state)
{
    if (state.isEmpty()) {
        return;
    }
    QDataStream stream(state);
    QByteArray header;
    QByteArray splitter;
    stream >> header >> splitter;
    m_ui->auditTable->horizontalHeader()->restoreState(header);
    m_ui->splitter->restoreState(splitter);
}

} // namespace ntm::gui
