// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/ActionTallyModel.h"

#include <QBrush>
#include <QColor>

namespace ntm::gui {

using namespace ntm::core;

void ActionTallyModel::setRows(const QList<ActionTally>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ActionTallyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionTallyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTallyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const ActionTally& t = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::BackgroundRole && index.column() == OverdueColumn && t.counts.overdue > 0) {
        return QBrush(QColor(0xf4, 0xc7, 0xc3));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return t.label;
    case OpenColumn:
        return t.counts.open;
    case OverdueColumn:
        return t.counts.overdue;
    case DoneColumn:
        return t.counts.done;
    case LateColumn:
        return t.counts.doneLate;
    case NotDoneColumn:
        return t.counts.notDone;
    default:
        break;
    }
    return {};
}

QVariant ActionTallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return m_firstHeader;
    case OpenColumn:
        return tr("Open");
    case OverdueColumn:
        return tr("Overdue");
    case DoneColumn:
        return tr("Done");
    case LateColumn:
        return tr("Of which late");
    case NotDoneColumn:
        return tr("Not done");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
