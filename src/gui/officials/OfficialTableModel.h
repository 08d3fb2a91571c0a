// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SortRanks.h"
#include "service/OfficialList.h"

#include <QAbstractTableModel>

namespace ntm::gui {

/// The register of officials, with each one's assignment on the shared date.
class OfficialTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Gender,
        BirthDate,
        HomeUnit,
        HomePosition,
        CurrentAssignment,
        Rotations,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        SearchRole
    };

    explicit OfficialTableModel(QObject* parent = nullptr);

    void setRows(QList<core::OfficialListRow> rows);
    /// Each official's assignment on another date, from the terms already read (no database access).
    void setAsOf(const QDate& asOf);
    const core::OfficialListRow& row(int r) const { return m_rows.at(r); }
    int rowOf(const QString& officialId) const;
    /// Ranks for OfficialFilterProxy's sort (see SortRanks), computed once per column and data.
    const QList<int>& sortRanks(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const core::OfficialListRow& row, int column) const;
    QList<core::OfficialListRow> m_rows;
    SortRanks m_ranks;
};

} // namespace ntm::gui
