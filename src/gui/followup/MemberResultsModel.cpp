// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/MemberResultsModel.h"

#include "util/Dates.h"
#include "util/VietnameseOrder.h"

#include <QBrush>
#include <QColor>

namespace ntm::gui {

using namespace ntm::core;

void MemberResultsModel::setRows(const QList<MemberSummary>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const MemberSummary* MemberResultsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MemberResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MemberResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberResultsModel::value(const MemberSummary& s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.name;
    case PositionColumn: {
        QStringList groups(s.groupNames.cbegin(), s.groupNames.cend());
        text::sortVietnamese(groups);
        return s.position.isEmpty() ? groups.join(QStringLiteral(", "))
                                    : QStringLiteral("%1 (%2)").arg(s.position, groups.join(QStringLiteral(", ")));
    }
    case TimeColumn:
        return QStringLiteral("%1 – %2").arg(dates::toDisplay(s.from), dates::toDisplay(s.to));
    case VillagesColumn: {
        QStringList names;
        for (const MemberVillage& v : s.villages) {
            if (!names.contains(v.name)) {
                names.append(v.name);
            }
        }
        return names.join(QStringLiteral(", "));
    }
    case AreasColumn:
        return s.villagesRecognisedDuring();
    case GardensColumn:
        return s.gardensGained();
    case ActionsColumn:
        return s.actionCounts.total();
    case DoneColumn:
        return s.actionCounts.done;
    case LateColumn:
        return s.actionCounts.doneLate;
    case NotDoneColumn:
        return s.actionCounts.notDone;
    case OpenColumn:
        return s.actionCounts.open;
    case OverdueColumn:
        return s.actionCounts.overdue;
    default:
        break;
    }
    return {};
}

QVariant MemberResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const MemberSummary& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return value(s, index.column());
    case SortRole:
        return index.column() == TimeColumn ? QVariant(s.from) : value(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= AreasColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::BackgroundRole:
        return index.column() == OverdueColumn && s.actionCounts.overdue > 0
                   ? QVariant(QBrush(QColor(0xf4, 0xc7, 0xc3)))
                   : QVariant();
    default:
        break;
    }
    return {};
}

QVariant MemberResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Member");
    case PositionColumn:
        return tr("Position and groups");
    case TimeColumn:
        return tr("Time in the groups");
    case VillagesColumn:
        return tr("Villages answered for");
    case AreasColumn:
        return tr("Model areas recognised");
    case GardensColumn:
        return tr("Gardens gained");
    case ActionsColumn:
        return tr("Actions");
    case DoneColumn:
        return tr("Done");
    case LateColumn:
        return tr("Of which late");
    case NotDoneColumn:
        return tr("Not done");
    case OpenColumn:
        return tr("Open");
    case OverdueColumn:
        return tr("Overdue");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
