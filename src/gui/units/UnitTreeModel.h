// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/UnitOverview.h"

#include <QAbstractItemModel>

namespace ntm::gui {

/// Districts (top level) and their communes (children) as of a date, with criteria met and recognition.
class UnitTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Code,
        Met,
        Recognised,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        SearchTextRole
    };

    explicit UnitTreeModel(QObject* parent = nullptr);

    void setOverview(QList<core::DistrictOverview> overview);
    int communeCount() const;
    int recognisedCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant districtData(const core::DistrictOverview& d, int column, int role) const;
    QVariant communeData(const core::CommuneOverview& c, int column, int role) const;

    QList<core::DistrictOverview> m_districts;
};

} // namespace ntm::gui
