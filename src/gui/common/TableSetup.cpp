// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TableSetup.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace ntm::gui {

void setupTable(QTableView* table, const QList<int>& hidden)
{
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column : hidden) {
        table->setColumnHidden(column, true);
    }
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table, [table, header](const QPoint& pos) {
        QMenu menu(table);
        const auto* model = table->model();
        for (int c = 0; model && c < model->columnCount(); ++c) {
            QAction* a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!table->isColumnHidden(c));
            QObject::connect(a, &QAction::toggled, table, [table, c](bool on) { table->setColumnHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

void setColumnWidths(QTableView* table, const QHash<int, int>& widths)
{
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        table->setColumnWidth(it.key(), it.value());
    }
    fitHeaders(table);
}

void fitHeaders(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    const int last = header->logicalIndex(header->count() - 1);
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || (c == last && header->stretchLastSection())) {
            continue;
        }
        const int needed = header->sectionSizeHint(c);
        if (header->sectionSize(c) < needed) {
            header->resizeSection(c, needed);
        }
    }
}

} // namespace ntm::gui
