// SPDX-License-Identifier: GPL-3.0-or-later
#include "officials/OfficialTableModel.h"

#include "common/ModelExport.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

OfficialTableModel::OfficialTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void OfficialTableModel::setRows(QList<OfficialListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_ranks.clear();
    endResetModel();
}

void OfficialTableModel::setAsOf(const QDate& asOf)
{
    for (OfficialListRow& row : m_rows) {
        row.assignAsOf(asOf);
    }
    m_ranks.clear(CurrentAssignment);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, CurrentAssignment), index(rowCount() - 1, CurrentAssignment));
    }
}

int OfficialTableModel::rowOf(const QString& officialId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).official.id == officialId) {
            return r;
        }
    }
    return -1;
}

const QList<int>& OfficialTableModel::sortRanks(int column) const
{
    return m_ranks.of(
        column, rowCount(), [this](int row, int c) { return data(index(row, c), SortRole); }, column == Name);
}

int OfficialTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OfficialTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficialTableModel::value(const OfficialListRow& row, int column) const
{
    const Official& o = row.official;
    switch (column) {
    case Name:
        return o.fullName;
    case Gender:
        return Vocabulary::label(o.gender);
    case BirthDate:
        return o.birthDate;
    case HomeUnit:
        return o.homeUnit;
    case HomePosition:
        return o.position;
    case CurrentAssignment:
        return row.currentCommune.isEmpty() ? QString()
                                            : row.currentPosition + QStringLiteral(", ") + row.currentCommune;
    case Rotations:
        return row.rotationCount;
    default:
        break;
    }
    return {};
}

QVariant OfficialTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const OfficialListRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(row, index.column());
        return v.typeId() == QMetaType::QDate ? QVariant(dates::toDisplay(v.toDate())) : v;
    }
    case SortRole:
    case ExportValueRole:
        return value(row, index.column());
    case IdRole:
        return row.official.id;
    case SearchRole:
        return row.searchKey;
    case Qt::ToolTipRole:
        return row.official.note.isEmpty() ? QVariant() : QVariant(row.official.note);
    case Qt::TextAlignmentRole:
        return index.column() == Rotations ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant OfficialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == ColumnTypeRole) {
        return static_cast<int>(section == BirthDate   ? TableColumn::Type::Date
                                : section == Rotations ? TableColumn::Type::Integer
                                                       : TableColumn::Type::Text);
    }
    if (role == ColumnWidthRole) {
        return section == Name || section == HomeUnit || section == CurrentAssignment ? 30 : 14;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Full name");
    case Gender:
        return tr("Gender");
    case BirthDate:
        return tr("Birth date");
    case HomeUnit:
        return tr("Home unit");
    case HomePosition:
        return tr("Position");
    case CurrentAssignment:
        return tr("Current assignment");
    case Rotations:
        return tr("Rotations");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
