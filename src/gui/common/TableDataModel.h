// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"

#include <QAbstractTableModel>

namespace ntm::gui {

/// A read-only model over a table computed by core (core::TableData): dates shown dd/MM/yyyy, numbers right
/// aligned in the user's locale, and the typed value under ExportValueRole (also the sort key), so a proxy
/// sorts numbers as numbers and the table exports and copies with real types.
class TableDataModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const core::TableData& table);
    const core::TableData& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::TableData m_table;
};

} // namespace ntm::gui
