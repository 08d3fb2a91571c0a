// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/FollowUpFigures.h"

#include <QAbstractTableModel>

namespace ntm::gui {

/// The commune's criteria under the set in force on the as-of date, each with its status, the plan's target date,
/// its open and overdue actions and whether the plan is on track (FollowUpFigures::plans).
class PlanTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        CriterionColumn,
        StatusColumn,
        TargetColumn,
        OpenColumn,
        OverdueColumn,
        StandingColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<core::PlanRow>& rows);
    const core::PlanRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::PlanRow> m_rows;
};

} // namespace ntm::gui
