// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CriteriaBoard.h"

#include <QAbstractItemModel>

namespace ntm::gui {

/// The criteria board: districts (top level) and communes (children); columns: name, criteria met, then one
/// column per criterion number, each cell coloured by the criterion's status as of the date.
class BoardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Met,
        FirstCriterion
    };
    enum Role
    {
        CommuneIdRole = Qt::UserRole + 1,
        CriterionNumberRole,
        StatusRole,
        SortRole
    };

    explicit BoardModel(QObject* parent = nullptr);

    void setData(core::CriteriaBoardData data);
    const core::CriteriaBoardData& boardData() const { return m_data; }
    /// The commune behind an index (nullptr for a district row).
    const core::BoardCommune* communeAt(const QModelIndex& index) const;
    /// The status cell of a criterion of a commune, or invalid when absent.
    QModelIndex cellOf(const QString& communeId, int number) const;
    int criterionColumn(int number) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Colours and symbols of the four statuses (common/Palette), for the cells and the legend.
    static QColor colour(core::CriterionStatus status);
    static QString symbol(core::CriterionStatus status);

private:
    QVariant districtData(const core::BoardDistrict& d, int column, int role) const;
    QVariant communeData(const core::BoardCommune& c, int column, int role) const;
    const core::CriterionState* stateOf(const core::BoardCommune& c, int column) const;

    core::CriteriaBoardData m_data;
};

} // namespace ntm::gui
