// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/PlanTableModel.h"

#include "common/Palette.h"
#include "util/Dates.h"

#include <QBrush>

namespace ntm::gui {

using namespace ntm::core;

namespace {
QColor standingColour(PlanStanding s)
{
    switch (s) {
    case PlanStanding::Met:
        return palette::status(CriterionStatus::Met);
    case PlanStanding::OnTrack:
        return QColor(0xdc, 0xed, 0xc8);
    case PlanStanding::AtRisk:
        return QColor(0xfc, 0xe8, 0xb2);
    case PlanStanding::Late:
        return QColor(0xf4, 0xc7, 0xc3);
    case PlanStanding::NoPlan:
        break;
    }
    return {};
}
} // namespace

void PlanTableModel::setRows(const QList<PlanRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const PlanRow* PlanTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PlanTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlanTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const PlanRow& r = m_rows.at(index.row());
    if (role == Qt::BackgroundRole) {
        if (index.column() == StatusColumn) {
            return QBrush(palette::status(r.state.status));
        }
        const QColor c = standingColour(r.standing);
        return index.column() == StandingColumn && c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && (index.column() == OpenColumn || index.column() == OverdueColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn:
            return r.state.number;
        case TargetColumn:
            return r.plan ? r.plan->targetDate : QDate();
        case OpenColumn:
            return r.actions.open;
        case OverdueColumn:
            return r.actions.overdue;
        case StandingColumn:
            return static_cast<int>(r.standing);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return r.state.number;
    case CriterionColumn:
        return r.state.name;
    case StatusColumn:
        return Vocabulary::label(r.state.status);
    case TargetColumn:
        return r.plan ? dates::toDisplay(r.plan->targetDate) : QString();
    case OpenColumn:
        return r.actions.open;
    case OverdueColumn:
        return r.actions.overdue;
    case StandingColumn:
        return FollowUpFigures::label(r.standing);
    default:
        break;
    }
    return {};
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case CriterionColumn:
        return tr("Criterion");
    case StatusColumn:
        return tr("Status");
    case TargetColumn:
        return tr("Target date");
    case OpenColumn:
        return tr("Open actions");
    case OverdueColumn:
        return tr("Overdue");
    case StandingColumn:
        return tr("Plan");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
