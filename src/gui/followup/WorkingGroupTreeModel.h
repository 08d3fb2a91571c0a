// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/FollowUpData.h"

#include <QAbstractItemModel>
#include <QDate>

#include <vector>

namespace ntm::gui {

/// A commune's working groups as a tree: each group, its members (by role and name) and, under each, the villages
/// in their charge; the villages in the group's own charge follow its members. Every row of every date is listed;
/// those not in force on the as-of date are greyed, so a member replaced mid-year still shows beside their
/// successor.
class WorkingGroupTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Group,
        Member,
        Responsibility
    };
    enum Column
    {
        NameColumn,
        RoleColumn,
        PeriodColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    using QAbstractItemModel::QAbstractItemModel;

    void setData(const core::FollowUpData& data, const QDate& asOf);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Kind kindOf(const QModelIndex& index) const;
    /// The group of a row of any kind (a member's, a village's).
    const core::WorkingGroup* groupOf(const QModelIndex& index) const;
    const core::GroupMember* memberOf(const QModelIndex& index) const;
    const core::VillageResponsibility* responsibilityOf(const QModelIndex& index) const;
    /// The index of the row holding the record with this id (column 0), or an invalid index.
    QModelIndex indexOfId(const QString& id) const;

private:
    struct Node
    {
        Kind kind = Kind::Group;
        int item = 0; ///< index into the data's groups, members or responsibilities
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };

    const Node* nodeOf(const QModelIndex& index) const;
    int addNode(Kind kind, int item, int parent);
    QVariant display(const Node& n, int column) const;
    bool activeOn(const Node& n) const;

    core::FollowUpData m_data;
    QDate m_asOf;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace ntm::gui
