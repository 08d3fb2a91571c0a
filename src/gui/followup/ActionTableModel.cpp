// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/ActionTableModel.h"

#include "util/Dates.h"

#include <QBrush>
#include <QColor>

namespace ntm::gui {

using namespace ntm::core;

void ActionTableModel::setData(const FollowUpData& data, const QDate& asOf)
{
    setActions(data, data.actions, asOf);
}

void ActionTableModel::setActions(const FollowUpData& data, const QList<ReviewAction>& actions, const QDate& asOf)
{
    beginResetModel();
    m_data = data;
    m_data.actions.clear(); // the rows are m_all; the rest of the data names criteria, villages and members
    m_all = actions;
    m_asOf = asOf;
    rebuild();
    endResetModel();
}

void ActionTableModel::setFilter(Filter filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void ActionTableModel::rebuild()
{
    m_rows.clear();
    for (const ReviewAction& a : m_all) {
        const ActionState s = a.stateOn(m_asOf);
        const bool keep = s != ActionState::NotYetDecided &&
                          (m_filter == Filter::All ||
                           (m_filter == Filter::Open && (s == ActionState::Open || s == ActionState::Overdue)) ||
                           (m_filter == Filter::Overdue && s == ActionState::Overdue) ||
                           (m_filter == Filter::Closed && (s == ActionState::Done || s == ActionState::NotDone)));
        if (keep) {
            m_rows.append(a);
        }
    }
}

int ActionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ReviewAction* ActionTableModel::actionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString ActionTableModel::stateLabel(const ReviewAction& a, const QDate& on)
{
    switch (a.stateOn(on)) {
    case ActionState::NotYetDecided:
        return tr("Not yet decided");
    case ActionState::Open:
        return tr("Open");
    case ActionState::Overdue:
        return tr("Overdue (%n day(s))", "", static_cast<int>(a.dueOn.daysTo(on)));
    case ActionState::Done:
        return a.doneLate() ? tr("Done late") : tr("Done");
    case ActionState::NotDone:
        break;
    }
    return tr("Not done");
}

QVariant ActionTableModel::display(const ReviewAction& a, int column) const
{
    switch (column) {
    case DecidedColumn:
        return dates::toDisplay(a.decidedOn);
    case WhatColumn:
        return a.what;
    case AboutColumn: {
        QStringList about;
        if (const CriterionRef* c = m_data.criterion(a.criterionId)) {
            about.append(tr("criterion %1").arg(c->number));
        }
        if (!a.villageId.isEmpty()) {
            about.append(m_data.villageName(a.villageId));
        }
        return about.join(QStringLiteral(", "));
    }
    case ResponsibleColumn:
        return a.responsible;
    case DueColumn:
        return dates::toDisplay(a.dueOn);
    case StateColumn:
        return stateLabel(a, m_asOf);
    case ClosedColumn:
        return a.closedOn.isValid() && a.closedOn <= m_asOf ? dates::toDisplay(a.closedOn) : QString();
    case NoteColumn:
        return a.closedOn.isValid() && a.closedOn <= m_asOf ? a.outcomeNote : QString();
    default:
        break;
    }
    return {};
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const ReviewAction& a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(a, index.column());
    case SortRole:
        if (index.column() == DecidedColumn) {
            return a.decidedOn;
        }
        if (index.column() == DueColumn) {
            return a.dueOn;
        }
        if (index.column() == ClosedColumn) {
            return a.closedOn;
        }
        return display(a, index.column());
    case Qt::BackgroundRole:
        if (index.column() != StateColumn) {
            return {};
        }
        switch (a.stateOn(m_asOf)) {
        case ActionState::Overdue:
            return QBrush(QColor(0xf4, 0xc7, 0xc3));
        case ActionState::NotDone:
            return QBrush(QColor(0xe0, 0xe0, 0xe0));
        case ActionState::Done:
            return QBrush(a.doneLate() ? QColor(0xfc, 0xe8, 0xb2) : QColor(0xc8, 0xe6, 0xc9));
        default:
            return {};
        }
    case IdRole:
        return a.id;
    default:
        break;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DecidedColumn:
        return tr("Decided");
    case WhatColumn:
        return tr("What is to be done");
    case AboutColumn:
        return tr("Criterion, village");
    case ResponsibleColumn:
        return tr("Responsible");
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("Status");
    case ClosedColumn:
        return tr("Closed on");
    case NoteColumn:
        return tr("Note");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
