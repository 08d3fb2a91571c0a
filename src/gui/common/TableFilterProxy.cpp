// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TableFilterProxy.h"

#include <algorithm>
#include <numeric>

namespace ntm::gui {

TableFilterProxy::TableFilterProxy(QObject* parent) : QAbstractProxyModel(parent)
{
}

void TableFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        m_connections = {connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
                         connect(model, &QAbstractItemModel::modelReset, this, &TableFilterProxy::sourceReset),
                         connect(model, &QAbstractItemModel::dataChanged, this, &TableFilterProxy::sourceDataChanged),
                         // The table models here only reset; any other structural change is handled as a new layout.
                         connect(model, &QAbstractItemModel::rowsInserted, this, &TableFilterProxy::refilter),
                         connect(model, &QAbstractItemModel::rowsRemoved, this, &TableFilterProxy::refilter),
                         connect(model, &QAbstractItemModel::layoutChanged, this, &TableFilterProxy::refilter)};
    }
    order();
    select();
    endResetModel();
}

void TableFilterProxy::sourceReset()
{
    order();
    select();
    endResetModel();
}

void TableFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                         const QList<int>& roles)
{
    if (m_rows.isEmpty()) {
        return;
    }
    if (topLeft.column() <= m_sortColumn && m_sortColumn <= bottomRight.column()) {
        refilter(); // the sorted column changed (e.g. a status after a change of date)
    }
    emit dataChanged(index(0, topLeft.column()), index(static_cast<int>(m_rows.size()) - 1, bottomRight.column()),
                     roles);
}

void TableFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    refilter();
}

void TableFilterProxy::refilter()
{
    relayout(true);
}

void TableFilterProxy::reselect()
{
    relayout(false);
}

void TableFilterProxy::relayout(bool reorder)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the selection, the current cell) follow their source rows.
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& i : before) {
        sourceRows.append(i.row() < m_rows.size() ? m_rows.at(i.row()) : -1);
    }
    if (reorder || m_sorted.size() != (sourceModel() ? sourceModel()->rowCount() : 0)) {
        order();
    }
    select();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int row =
            sourceRows.at(k) >= 0 && sourceRows.at(k) < m_proxyRow.size() ? m_proxyRow.at(sourceRows.at(k)) : -1;
        after.append(row < 0 ? QModelIndex() : index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableFilterProxy::order()
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_sorted.resize(count);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (count == 0 || m_sortColumn < 0 || m_sortColumn >= sourceModel()->columnCount()) {
        return;
    }
    const QList<int>& rank = sortRanks(m_sortColumn);
    if (m_sortOrder == Qt::AscendingOrder) {
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) { return rank.at(a) < rank.at(b); });
    } else {
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) { return rank.at(b) < rank.at(a); });
    }
}

void TableFilterProxy::select()
{
    m_rows.clear();
    m_proxyRow.fill(-1, m_sorted.size());
    for (int sourceRow : std::as_const(m_sorted)) {
        if (acceptsRow(sourceRow)) {
            m_proxyRow[sourceRow] = static_cast<int>(m_rows.size());
            m_rows.append(sourceRow);
        }
    }
}

QModelIndex TableFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex TableFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex TableFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int TableFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TableFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TableFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex TableFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.row() >= m_rows.size()) {
        return {};
    }
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TableFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRow.size()) {
        return {};
    }
    const int row = m_proxyRow.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant TableFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
}

} // namespace ntm::gui
