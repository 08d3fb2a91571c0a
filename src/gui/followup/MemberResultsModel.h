// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/MemberSummary.h"

#include <QAbstractTableModel>

namespace ntm::gui {

/// Everyone who served in the commune's working groups up to the as-of date, with their results: the villages
/// they answered for and how those progressed (model areas recognised, gardens gained) and their actions.
class MemberResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PositionColumn,
        TimeColumn,
        VillagesColumn,
        AreasColumn,
        GardensColumn,
        ActionsColumn,
        DoneColumn,
        LateColumn,
        NotDoneColumn,
        OpenColumn,
        OverdueColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<core::MemberSummary>& rows);
    const core::MemberSummary* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const core::MemberSummary& s, int column) const;
    QList<core::MemberSummary> m_rows;
};

} // namespace ntm::gui
