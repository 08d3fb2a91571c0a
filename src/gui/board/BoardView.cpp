// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/BoardView.h"

#include "ui_BoardView.h"

#include "app/Messages.h"
#include "board/BoardModel.h"
#include "board/BulkAssessmentDialog.h"
#include "board/CriterionPanel.h"
#include "store/UnitStore.h"
#include "undo/LambdaCommand.h"
#include "util/Ids.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QUndoStack>

namespace ntm::gui {

using namespace ntm::core;

namespace {
/// Commune search over the board (diacritics optional); a district stays when one of its communes matches.
class BoardSearchProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setWords(const QStringList& words)
    {
        m_words = words;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_words.isEmpty() || !parent.isValid()) {
            return !m_words.isEmpty() ? hasMatch(row) : true;
        }
        const QString name = sourceModel()->index(row, 0, parent).data().toString();
        return text::matchesWords(text::fold(name), m_words);
    }

private:
    bool hasMatch(int districtRow) const
    {
        const QModelIndex d = sourceModel()->index(districtRow, 0);
        for (int r = 0; r < sourceModel()->rowCount(d); ++r) {
            if (text::matchesWords(text::fold(sourceModel()->index(r, 0, d).data().toString()), m_words)) {
                return true;
            }
        }
        return false;
    }
    QStringList m_words;
};
} // namespace

BoardView::BoardView(QWidget* parent)
    : View(parent), m_ui(std::make_unique<Ui::BoardView>()), m_model(new BoardModel(this)),
      m_proxy(new BoardSearchProxy(this)), m_panel(new CriterionPanel(this)), m_asOf(QDate::currentDate())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("boardView"));
    m_ui->panelLayout->addWidget(m_panel);
    m_proxy->setSourceModel(m_model);
    m_ui->boardTree->setModel(m_proxy);
    m_ui->boardTree->header()->setMinimumSectionSize(24);
    m_ui->boardTree->header()->setDefaultSectionSize(24);
    // Ten criteria since 2026: the last one keeps its width instead of stretching over the empty space.
    m_ui->boardTree->header()->setStretchLastSection(false);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({700, 360});
    m_ui->provinceCombo->setVisible(false); // shown for a database of several provinces
    m_ui->recognitionCombo->addItem(tr("All communes"), static_cast<int>(BoardFilter::Recognition::Any));
    m_ui->recognitionCombo->addItem(tr("Recognised NTM"), static_cast<int>(BoardFilter::Recognition::Recognised));
    m_ui->recognitionCombo->addItem(tr("Not yet recognised"), static_cast<int>(BoardFilter::Recognition::NotYet));
    addLegend();
    connect(m_ui->provinceCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillDistricts();
        refresh();
    });
    connect(m_ui->districtCombo, &QComboBox::currentIndexChanged, this, &BoardView::refresh);
    connect(m_ui->recognitionCombo, &QComboBox::currentIndexChanged, this, &BoardView::refresh);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& t) {
        static_cast<BoardSearchProxy*>(m_proxy)->setWords(text::queryWords(t));
        m_ui->boardTree->expandAll();
        spanDistrictRows();
    });
    connect(m_ui->boardTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { cellChosen(m_proxy->mapToSource(current)); });
    connect(m_ui->boardTree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.column() == BoardModel::Name && m_model->communeAt(source)) {
            Q_EMIT communeActivated(m_model->communeAt(source)->commune.id);
        }
    });
    connect(m_panel, &CriterionPanel::bulkRequested, this, &BoardView::recordSeveral);
}

BoardView::~BoardView() = default;

QString BoardView::title() const
{
    return tr("Criteria board");
}

void BoardView::addLegend()
{
    for (CriterionStatus s :
         {CriterionStatus::Met, CriterionStatus::BasicallyMet, CriterionStatus::NotMet, CriterionStatus::NotAssessed}) {
        auto* label = new QLabel(QStringLiteral(" %1 %2 ").arg(BoardModel::symbol(s), Vocabulary::label(s)), this);
        label->setStyleSheet(
            QStringLiteral("background:%1; border-radius:3px; padding:1px 4px;").arg(BoardModel::colour(s).name()));
        // One line high: the filter row must not grow the coloured boxes into tall blocks.
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        m_ui->legendLayout->addWidget(label);
    }
}

void BoardView::setUndoStack(QUndoStack* stack)
{
    m_undo = stack;
    m_panel->setContext(m_db, m_undo);
}

void BoardView::setDatabase(Database* db)
{
    m_db = db;
    m_panel->setContext(db, m_undo);
    fillProvinces();
    fillDistricts();
    refreshWhenShown();
}

void BoardView::setAsOf(const QDate& date)
{
    m_asOf = date;
    refreshWhenShown();
}

void BoardView::fillProvinces()
{
    const QSignalBlocker block(m_ui->provinceCombo);
    m_ui->provinceCombo->clear();
    m_ui->provinceCombo->addItem(tr("All provinces"));
    QList<Province> list;
    if (m_db) {
        if (const auto provinces = UnitStore(*m_db).provinces()) {
            list = provinces.value();
        }
    }
    std::sort(list.begin(), list.end(),
              [](const Province& a, const Province& b) { return text::lessVietnamese(a.name, b.name); });
    for (const Province& p : std::as_const(list)) {
        m_ui->provinceCombo->addItem(p.name, p.id);
    }
    // A provincial database has one province: the filter would only take room.
    m_ui->provinceCombo->setVisible(list.size() > 1);
}

void BoardView::fillDistricts()
{
    const QSignalBlocker block(m_ui->districtCombo);
    m_ui->districtCombo->clear();
    m_ui->districtCombo->addItem(tr("All districts"));
    if (!m_db) {
        return;
    }
    const QString province = m_ui->provinceCombo->currentData().toString();
    if (const auto districts = UnitStore(*m_db).districts()) {
        QList<District> list;
        for (const District& d : districts.value()) {
            if (province.isEmpty() || d.provinceId == province) {
                list.append(d);
            }
        }
        std::sort(list.begin(), list.end(), [](const District& a, const District& b) {
            const int byName = text::compareVietnamese(a.name, b.name);
            return byName != 0 ? byName < 0 : text::lessVietnamese(a.title(), b.title());
        });
        for (const District& d : list) {
            m_ui->districtCombo->addItem(d.title(), d.id);
        }
    }
}

void BoardView::refresh()
{
    if (!m_db) {
        m_model->setData({});
        m_panel->show(QString(), 0, m_asOf);
        Q_EMIT summaryChanged(QString());
        return;
    }
    BoardFilter filter;
    filter.provinceId = m_ui->provinceCombo->currentData().toString();
    filter.districtId = m_ui->districtCombo->currentData().toString();
    filter.recognition = static_cast<BoardFilter::Recognition>(m_ui->recognitionCombo->currentData().toInt());
    const auto data = CriteriaBoardService(*m_db).load(m_asOf, filter);
    if (!data) {
        m_model->setData({});
        Q_EMIT errorOccurred(data.error().message);
        return;
    }
    m_model->setData(data.value());
    m_ui->boardTree->expandAll();
    spanDistrictRows();
    m_ui->boardTree->setColumnWidth(BoardModel::Name, 150);
    m_ui->boardTree->setColumnWidth(BoardModel::Met, 55);
    for (int c = BoardModel::FirstCriterion; c < m_model->columnCount(); ++c) {
        m_ui->boardTree->setColumnWidth(c, 24);
    }
    if (!m_selectedCommune.isEmpty()) {
        selectCell(m_selectedCommune, m_selectedNumber);
    }
    m_panel->show(m_selectedCommune, m_selectedNumber, m_asOf);
    Q_EMIT summaryChanged(tr("%n commune(s)", nullptr, data.value().communeCount()));
}

void BoardView::spanDistrictRows()
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        m_ui->boardTree->setFirstColumnSpanned(r, QModelIndex(), true);
    }
}

void BoardView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void BoardView::cellChosen(const QModelIndex& index)
{
    const BoardCommune* c = m_model->communeAt(index);
    if (!c) {
        return;
    }
    m_selectedCommune = c->commune.id;
    m_selectedNumber =
        index.column() >= BoardModel::FirstCriterion ? index.data(BoardModel::CriterionNumberRole).toInt() : 0;
    m_panel->show(m_selectedCommune, m_selectedNumber, m_asOf);
}

bool BoardView::selectCell(const QString& communeId, int number)
{
    QModelIndex source = m_model->cellOf(communeId, number);
    const QModelIndex index = source.isValid() ? m_proxy->mapFromSource(source) : QModelIndex();
    if (!index.isValid()) {
        return false;
    }
    m_ui->boardTree->setCurrentIndex(index);
    // Scroll to the row only: the commune's name stays in sight.
    m_ui->boardTree->scrollTo(index.siblingAtColumn(BoardModel::Name));
    return true;
}

void BoardView::recordSeveral(const QString& communeId)
{
    if (!m_db || !m_undo || communeId.isEmpty()) {
        return;
    }
    auto* dialog = new BulkAssessmentDialog(*m_db, communeId, std::min(m_asOf, QDate::currentDate()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, communeId] {
        const QList<AssessmentInput> inputs = dialog->inputs();
        if (inputs.isEmpty()) {
            return;
        }
        QStringList ids;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            ids.append(ids::newId());
        }
        Database* db = m_db;
        const QDate date = dialog->date();
        ServiceCommand::push(
            m_undo, new LambdaCommand(
                        *db, tr("Record %n criteria", nullptr, static_cast<int>(inputs.size())),
                        [db, communeId, date, inputs, ids]() -> Status {
                            const auto r = AssessmentService(*db).record(communeId, date, inputs, ids);
                            return r ? Status() : Status(r.error());
                        },
                        [db, ids] { return AssessmentService(*db).retract(ids); },
                        [this](const QString& m) { Messages::error(this, tr("Record several criteria"), m); }));
    });
    dialog->open();
}

QByteArray BoardView::saveViewState() const
{
    return m_ui->splitter->saveState();
}

void BoardView::restoreViewState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_ui->splitter->restoreState(state);
    }
}

QString BoardView::reportDistrictId() const
{
    return m_ui->districtCombo->currentData().toString();
}

} // namespace ntm::gui
