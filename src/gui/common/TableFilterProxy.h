// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>

namespace ntm::gui {

/// A filtering, sorting proxy over a flat table model, made for tens of thousands of rows (issue 7): a sort orders
/// every source row once by integer ranks the subclass supplies (SortRanks computes them once per column); a filter
/// change (reselect) then walks that order and keeps the rows the subclass accepts, without sorting again, so a
/// keystroke in a search box costs one pass over the rows. Persistent indexes (the selection, the current cell) follow
/// their rows.
class TableFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

protected:
    virtual bool acceptsRow(int sourceRow) const = 0;
    /// The rank of each source row's value in `column`'s ascending order.
    virtual const QList<int>& sortRanks(int column) const = 0;
    /// Applies changed sort keys (and the filter): rows are ordered and chosen again.
    void refilter();
    /// Applies a changed filter only: rows are chosen again from the order already made (a keystroke).
    void reselect();

private:
    void relayout(bool reorder);
    void order();
    void select();
    void sourceReset();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_sorted;   ///< Every source row, in the sort order.
    QList<int> m_rows;     ///< Proxy row -> source row: the accepted rows of m_sorted.
    QList<int> m_proxyRow; ///< Source row -> proxy row, -1 when filtered out.
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ntm::gui
