// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TableDataModel.h"

#include "common/ModelExport.h"
#include "exchange/TableText.h"

namespace ntm::gui {

void TableDataModel::setTable(const core::TableData& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int TableDataModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int TableDataModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QVariant TableDataModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const QVariant value = m_table.rows.at(index.row()).value(index.column());
    const core::TableColumn::Type type = m_table.columns.at(index.column()).type;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return core::TableText::cell(value);
    case ExportValueRole:
        return value;
    case Qt::TextAlignmentRole:
        if (type == core::TableColumn::Type::Integer || type == core::TableColumn::Type::Number) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant TableDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const core::TableColumn& c = m_table.columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return c.title;
    case ColumnTypeRole:
        return static_cast<int>(c.type);
    case ColumnWidthRole:
        return c.width;
    default:
        return {};
    }
}

} // namespace ntm::gui
