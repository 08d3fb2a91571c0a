// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/RotationImpact.h"

#include <QAbstractTableModel>

namespace ntm::gui {

/// An official's rotations in order, each with what happened in the commune meanwhile (core's rotation impact).
class OfficialHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Period,
        Commune,
        Position,
        Kind,
        MetAtStart,
        MetAtEnd,
        Gained,
        Recognition,
        ColumnCount
    };

    explicit OfficialHistoryModel(QObject* parent = nullptr);

    void setRows(QList<core::RotationImpactRow> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::RotationImpactRow> m_rows;
};

} // namespace ntm::gui
