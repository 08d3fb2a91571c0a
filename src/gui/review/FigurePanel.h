// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace ntm::gui {

class TableDataModel;

/// One figure of the review: its chart with its table beside it, and "Copy", which puts the table (as sorted
/// on screen) on the clipboard as tab-separated text. Without a chart it is a table with its Copy button.
class FigurePanel final : public QWidget
{
    Q_OBJECT

public:
    /// `chart` is reparented into the panel; nullptr for a table alone. `orientation`: the table beside the chart
    /// (Qt::Horizontal) or under it (Qt::Vertical); `chartShare`: the chart's part of the room at first, in percent.
    explicit FigurePanel(QWidget* chart, Qt::Orientation orientation = Qt::Horizontal, int chartShare = 60,
                         QWidget* parent = nullptr);

    void setTable(const core::TableData& table);
    /// The table in view order, as copied and exported.
    core::TableData shownTable() const;
    /// Copies shownTable() to the clipboard as tab-separated text.
    void copy();
    QTableView* tableView() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }

private:
    TableDataModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QPushButton* m_copy;
    QSplitter* m_splitter;
};

} // namespace ntm::gui
