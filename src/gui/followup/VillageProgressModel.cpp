// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/VillageProgressModel.h"

#include "util/Dates.h"

#include <QBrush>
#include <QColor>

namespace ntm::gui {

using namespace ntm::core;

void VillageProgressModel::setRows(const QList<VillageProgressRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const VillageProgressRow* VillageProgressModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int VillageProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VillageProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VillageProgressModel::display(const VillageProgressRow& r, int column) const
{
    switch (column) {
    case VillageColumn:
        return r.village.name;
    case ResponsibleColumn:
        return r.responsible;
    case GroupColumn:
        return r.group;
    case ModelAreaColumn:
        if (!r.area) {
            return QString();
        }
        return r.area->decisionNo.isEmpty()
                   ? tr("since %1").arg(dates::toDisplay(r.area->decidedOn))
                   : tr("since %1 (%2)").arg(dates::toDisplay(r.area->decidedOn), r.area->decisionNo);
    case GardensColumn:
        return r.gardensCountedOn.isValid()
                   ? tr("%1 (counted %2)").arg(r.gardens).arg(dates::toDisplay(r.gardensCountedOn))
                   : QString();
    case LineageColumn:
        if (!r.predecessors.isEmpty()) {
            return tr("from %1").arg(r.predecessors.join(QStringLiteral(", ")));
        }
        return r.successors.isEmpty() ? QString() : tr("into %1").arg(r.successors.join(QStringLiteral(", ")));
    default:
        break;
    }
    return {};
}

QVariant VillageProgressModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const VillageProgressRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, index.column());
    case SortRole:
        if (index.column() == GardensColumn) {
            return r.gardens;
        }
        if (index.column() == ModelAreaColumn) {
            return r.area ? r.area->decidedOn : QDate();
        }
        return display(r, index.column());
    case Qt::BackgroundRole:
        return index.column() == ModelAreaColumn && r.area ? QVariant(QBrush(QColor(0xc8, 0xe6, 0xc9))) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant VillageProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case VillageColumn:
        return tr("Village");
    case ResponsibleColumn:
        return tr("Responsible");
    case GroupColumn:
        return tr("Working group");
    case ModelAreaColumn:
        return tr("Model residential area");
    case GardensColumn:
        return tr("Model gardens");
    case LineageColumn:
        return tr("Merged or renamed");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
