// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/FigurePanel.h"

#include "common/ModelExport.h"
#include "common/TableDataModel.h"
#include "common/TableSetup.h"
#include "exchange/TableText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ntm::gui {

FigurePanel::FigurePanel(QWidget* chart, Qt::Orientation orientation, int chartShare, QWidget* parent)
    : QWidget(parent), m_model(new TableDataModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_copy(new QPushButton(tr("&Copy table"), this)),
      m_splitter(new QSplitter(orientation, this))
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
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    m_table->horizontalHeader()->setFixedHeight(m_table->horizontalHeader()->fontMetrics().height() * 3 + 8);
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
        chart->setMinimumSize(240, 200);
        m_splitter->setStretchFactor(0, chartShare);
        m_splitter->setStretchFactor(1, 100 - chartShare);
        m_splitter->setSizes({chartShare * 10, (100 - chartShare) * 10});
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void FigurePanel::setTable(const core::TableData& table)
{
    m_model->setTable(table);
    // Columns as wide as their values and half their title (titles wrap on two lines, three at most), at most
    // forty characters: long names stay readable in their tooltip.
    const QFontMetrics metrics = m_table->horizontalHeader()->fontMetrics();
    const int widest = metrics.averageCharWidth() * 40;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int word = 0;
        const QStringList words = table.columns.at(c).title.split(QLatin1Char(' '));
        for (const QString& w : words) {
            word = std::max(word, metrics.horizontalAdvance(w));
        }
        const int title = metrics.horizontalAdvance(table.columns.at(c).title) / 2; // on two lines
        const int width =
            std::max({static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(c), word, title}) +
            2 * metrics.averageCharWidth();
        m_table->setColumnWidth(c, std::min(width, widest));
    }
}

core::TableData FigurePanel::shownTable() const
{
    // As sorted on screen, with the table's note (what the figures are) below it, as in the spreadsheet.
    core::TableData shown = tableFromModel(*m_proxy, m_model->table().title);
    shown.note = m_model->table().note;
    return shown;
}

void FigurePanel::copy()
{
    QApplication::clipboard()->setText(core::TableText::tabSeparated(shownTable()));
}

} // namespace ntm::gui
