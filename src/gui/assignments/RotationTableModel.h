// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SortRanks.h"
#include "service/RotationFilter.h"

#include <QAbstractTableModel>
#include <QDate>

namespace ntm::gui {

/// The rotations table: one row per decision, with its state as of the shared date.
class RotationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a personnel officer reads first comes first; the decision's details follow.
    enum Column
    {
        Official,
        Commune,
        District,
        Position,
        Kind,
        Start,
        PlannedEnd,
        ActualEnd,
        State,
        DecisionNo,
        DecisionDate,
        IssuingBody,
        FromUnit,
        FromPosition,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole
    };

    explicit RotationTableModel(QObject* parent = nullptr);

    void setRows(QList<core::RotationListRow> rows);
    void setAsOf(const QDate& asOf, int endingSoonDays);
    const core::RotationListRow& row(int r) const { return m_rows.at(r); }
    int rowOf(const QString& rotationId) const;
    /// The rank of each row's value in the column's order (text in Vietnamese order, officials by given name first,
    /// empty dates last), computed once per column and data: a sort then compares integers, not strings.
    const QList<int>& sortRanks(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const core::RotationListRow& row, int column) const;

    QList<core::RotationListRow> m_rows;
    SortRanks m_ranks;
    QDate m_asOf;
    int m_endingSoonDays = 90;
};

} // namespace ntm::gui
