// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/FigurePanel.h"

#include "common/ModelExport.h"
#include "common/TableDataModel.h"
#include "common/TableSetup.h"
#include "exchange/TableText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ntm::gui {

FigurePanel::FigurePanel(QWidget* chart, QWidget* parent)
    : QWidget(parent), m_model(new TableDataModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_copy(new QPushButton(tr("&Copy table"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExportValueRole);
    m_table->setObjectName(QStringLiteral("figureTable"));
    m_table->setModel(m_proxy);
    // Core's order (most missed first, by date...) until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    setupTable(m_table);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the whole table as tab-separated text, to paste into Excel"));
    auto* copyAction = new QAction(tr("Copy table"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &FigurePanel::copy);
    connect(m_copy, &QPushButton::clicked, this, &FigurePanel::copy);

    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    tableLayout->addLayout(buttons);
    if (chart) {
        m_splitter->addWidget(chart);
    }
    m_splitter->addWidget(tableSide);
    m_splitter->setChildrenCollapsible(false);
    if (chart) {
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void FigurePanel::setTable(const core::TableData& table)
{
    m_model->setTable(table);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->setColumnWidth(c, std::clamp(table.columns.at(c).width * 8, 60, 360));
    }
}

core::TableData FigurePanel::shownTable() const
{
    return tableFromModel(*m_proxy, m_model->table().title);
}

void FigurePanel::copy()
{
    QApplication::clipboard()->setText(core::TableText::tabSeparated(shownTable()));
}

} // namespace ntm::gui
