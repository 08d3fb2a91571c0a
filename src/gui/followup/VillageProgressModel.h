// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/FollowUpFigures.h"

#include <QAbstractTableModel>

namespace ntm::gui {

/// The commune's villages on the as-of date: who answers for each, its recognition as a model residential area,
/// its model gardens by the latest count, and where it came from (merges and renames).
class VillageProgressModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VillageColumn,
        ResponsibleColumn,
        GroupColumn,
        ModelAreaColumn,
        GardensColumn,
        LineageColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<core::VillageProgressRow>& rows);
    const core::VillageProgressRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::VillageProgressRow& r, int column) const;
    QList<core::VillageProgressRow> m_rows;
};

} // namespace ntm::gui
