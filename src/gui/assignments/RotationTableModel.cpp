// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignments/RotationTableModel.h"

#include "common/ModelExport.h"
#include "service/IllustrativeData.h"
#include "util/Dates.h"

#include <QBrush>
#include <QColor>

namespace ntm::gui {

using namespace ntm::core;

RotationTableModel::RotationTableModel(QObject* parent) : QAbstractTableModel(parent), m_asOf(QDate::currentDate())
{
}

void RotationTableModel::setRows(QList<RotationListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_ranks.clear();
    endResetModel();
}

void RotationTableModel::setAsOf(const QDate& asOf, int endingSoonDays)
{
    if (asOf == m_asOf && endingSoonDays == m_endingSoonDays) {
        return;
    }
    m_asOf = asOf;
    m_endingSoonDays = endingSoonDays;
    m_ranks.clear(State);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State));
    }
}

int RotationTableModel::rowOf(const QString& rotationId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).rotation.id == rotationId) {
            return r;
        }
    }
    return -1;
}

const QList<int>& RotationTableModel::sortRanks(int column) const
{
    return m_ranks.of(
        column, rowCount(), [this](int row, int c) { return data(index(row, c), SortRole); }, column == Official);
}

int RotationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RotationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RotationTableModel::value(const RotationListRow& row, int column) const
{
    const Rotation& r = row.rotation;
    switch (column) {
    case Official:
        return row.officialName;
    case Kind:
        return Vocabulary::label(r.kind);
    case DecisionNo:
        // A generated (demo) number could pass for a real one: said so on screen and in the exported table.
        return r.illustrative ? r.decisionNo + QLatin1Char(' ') + core::IllustrativeData::mark() : r.decisionNo;
    case DecisionDate:
        return r.decisionDate;
    case IssuingBody:
        return r.issuingBody;
    case FromUnit:
        return r.fromUnit;
    case FromPosition:
        return r.fromPosition;
    case Commune:
        return row.communeTitle;
    case District:
        return row.districtName;
    case Position:
        return r.toPosition;
    case Start:
        return r.startDate;
    case PlannedEnd:
        return r.plannedEnd;
    case ActualEnd:
        return r.actualEnd;
    case State:
        return RotationFilter::label(RotationFilter::stateOf(r, m_asOf, m_endingSoonDays));
    default:
        break;
    }
    return {};
}

QVariant RotationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const RotationListRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(row, column);
        return v.typeId() == QMetaType::QDate ? QVariant(dates::toDisplay(v.toDate())) : v;
    }
    case SortRole:
        if (column == State) {
            return static_cast<int>(RotationFilter::stateOf(row.rotation, m_asOf, m_endingSoonDays));
        }
        return value(row, column);
    case ExportValueRole:
        return value(row, column);
    case IdRole:
        return row.rotation.id;
    case Qt::ToolTipRole:
        if (column == Commune && !row.districtName.isEmpty()) {
            return row.communeTitle + QStringLiteral(", ") + row.districtName;
        }
        return row.rotation.note.isEmpty() ? QVariant() : QVariant(row.rotation.note);
    case Qt::ForegroundRole:
        if (column == State) {
            switch (RotationFilter::stateOf(row.rotation, m_asOf, m_endingSoonDays)) {
            case RotationState::EndingSoon:
                return QBrush(QColor(0x8a, 0x5a, 0x00));
            case RotationState::Overdue:
                return QBrush(QColor(0xb0, 0x00, 0x20));
            case RotationState::Ended:
                return QBrush(QColor(0x70, 0x70, 0x70));
            default:
                return QBrush(QColor(0x1b, 0x7f, 0x3b));
            }
        }
        return {};
    default:
        break;
    }
    return {};
}

QVariant RotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    const bool isDate = section == DecisionDate || section == Start || section == PlannedEnd || section == ActualEnd;
    if (role == ColumnTypeRole) {
        return static_cast<int>(isDate ? TableColumn::Type::Date : TableColumn::Type::Text);
    }
    if (role == ColumnWidthRole) {
        return isDate ? 12 : (section == Official || section == Commune || section == IssuingBody) ? 26 : 18;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Official:
        return tr("Official");
    case Kind:
        return tr("Kind");
    case DecisionNo:
        return tr("Decision no.");
    case DecisionDate:
        return tr("Decision date");
    case IssuingBody:
        return tr("Issued by");
    case FromUnit:
        return tr("From unit");
    case FromPosition:
        return tr("Position there");
    case Commune:
        return tr("Commune");
    case District:
        return tr("District");
    case Position:
        return tr("Position in the commune");
    case Start:
        return tr("Start");
    case PlannedEnd:
        return tr("Planned end");
    case ActualEnd:
        return tr("Actual end");
    case State:
        return tr("Status");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
