// SPDX-License-Identifier: GPL-3.0-or-later
#include "units/UnitsView.h"

#include "ui_UnitsView.h"

#include "service/UnitOverview.h"
#include "units/ReformRulesDialog.h"
#include "units/UnitFilterProxy.h"
#include "units/UnitTreeModel.h"
#include "util/Dates.h"

#include <QHeaderView>
#include <QPushButton>

namespace ntm::gui {

UnitsView::UnitsView(QWidget* parent)
    : View(parent), m_ui(std::make_unique<Ui::UnitsView>()), m_model(new UnitTreeModel(this)),
      m_proxy(new UnitFilterProxy(this)), m_asOf(QDate::currentDate())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("unitsView"));
    m_proxy->setSourceModel(m_model);
    m_ui->tree->setModel(m_proxy);
    m_ui->tree->sortByColumn(UnitTreeModel::Name, Qt::AscendingOrder);
    QHeaderView* header = m_ui->tree->header();
    header->setStretchLastSection(true);
    m_ui->tree->setColumnWidth(UnitTreeModel::Name, 280);
    m_ui->tree->setColumnWidth(UnitTreeModel::Kind, 150);
    m_ui->tree->setColumnWidth(UnitTreeModel::Code, 80);
    m_ui->tree->setColumnWidth(UnitTreeModel::Met, 150);
    connect(m_ui->tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.parent().isValid()) {
            Q_EMIT communeActivated(index.data(UnitTreeModel::IdRole).toString());
        }
    });
    connect(m_ui->rulesButton, &QPushButton::clicked, this, &UnitsView::showReformRules);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        if (!text.trimmed().isEmpty()) {
            m_ui->tree->expandAll();
        }
    });
}

UnitsView::~UnitsView() = default;

QString UnitsView::title() const
{
    return tr("Communes");
}

void UnitsView::setDatabase(core::Database* db)
{
    m_db = db;
    refreshWhenShown();
}

void UnitsView::setAsOf(const QDate& date)
{
    m_asOf = date;
    refreshWhenShown();
}

void UnitsView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

QByteArray UnitsView::saveViewState() const
{
    return m_ui->tree->header()->saveState();
}

void UnitsView::restoreViewState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_ui->tree->header()->restoreState(state);
    }
}

void UnitsView::showReformRules()
{
    if (!m_db) {
        return;
    }
    auto* dialog = new ReformRulesDialog(*m_db, m_undo, this);
    dialog->setObjectName(QStringLiteral("reformRulesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A changed rule changes every figure: the undo stack's change refreshes the other views, this one now.
    connect(dialog, &QDialog::finished, this, [this] { refreshWhenShown(); });
    dialog->open();
}

QString UnitsView::reportCommuneId() const
{
    const QModelIndex current = m_ui->tree->currentIndex();
    return current.isValid() && current.parent().isValid()
               ? current.siblingAtColumn(0).data(UnitTreeModel::IdRole).toString()
               : QString();
}

QString UnitsView::reportDistrictId() const
{
    const QModelIndex current = m_ui->tree->currentIndex();
    const QModelIndex district = current.parent().isValid() ? current.parent() : current;
    return district.isValid() ? district.siblingAtColumn(0).data(UnitTreeModel::IdRole).toString() : QString();
}

int UnitsView::communeCount() const
{
    return m_model->communeCount();
}

void UnitsView::refresh()
{
    if (!m_db) {
        m_model->setOverview({});
        Q_EMIT summaryChanged(QString());
        return;
    }
    const auto overview = core::UnitOverviewService(*m_db).overview(m_asOf);
    if (!overview) {
        m_model->setOverview({});
        Q_EMIT errorOccurred(overview.error().message);
        return;
    }
    m_model->setOverview(overview.value());
    if (m_model->rowCount() <= 3 || !m_ui->searchEdit->text().trimmed().isEmpty()) {
        m_ui->tree->expandAll();
    }
    const QString summary = tr("%n unit(s)", nullptr, m_model->communeCount()) + QStringLiteral(" · ") +
                            tr("%n recognised NTM", nullptr, m_model->recognisedCount());
    Q_EMIT summaryChanged(summary);
}

} // namespace ntm::gui
