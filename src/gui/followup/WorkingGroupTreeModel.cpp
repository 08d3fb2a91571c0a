// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/WorkingGroupTreeModel.h"

#include "service/WorkingGroupRules.h"
#include "util/Dates.h"
#include "util/VietnameseOrder.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace ntm::gui {

using namespace ntm::core;

namespace {
int rank(MemberRole r)
{
    return r == MemberRole::Leader ? 0 : r == MemberRole::Deputy ? 1 : 2;
}
} // namespace

int WorkingGroupTreeModel::addNode(Kind kind, int item, int parent)
{
    Node n;
    n.kind = kind;
    n.item = item;
    n.parent = parent;
    std::vector<int>& siblings = parent < 0 ? m_roots : m_nodes.at(static_cast<size_t>(parent)).children;
    n.row = static_cast<int>(siblings.size());
    m_nodes.push_back(n);
    const int id = static_cast<int>(m_nodes.size()) - 1;
    (parent < 0 ? m_roots : m_nodes.at(static_cast<size_t>(parent)).children).push_back(id);
    return id;
}

void WorkingGroupTreeModel::setData(const FollowUpData& data, const QDate& asOf)
{
    beginResetModel();
    m_data = data;
    m_asOf = asOf;
    m_nodes.clear();
    m_roots.clear();
    m_nodes.reserve(static_cast<size_t>(data.groups.size() + data.members.size() + data.responsibilities.size()));
    for (int g = 0; g < m_data.groups.size(); ++g) {
        const int groupNode = addNode(Kind::Group, g, -1);
        QList<int> members;
        for (int m = 0; m < m_data.members.size(); ++m) {
            if (m_data.members.at(m).groupId == m_data.groups.at(g).id) {
                members.append(m);
            }
        }
        std::sort(members.begin(), members.end(), [this](int a, int b) {
            const GroupMember& x = m_data.members.at(a);
            const GroupMember& y = m_data.members.at(b);
            if (rank(x.role) != rank(y.role)) {
                return rank(x.role) < rank(y.role);
            }
            return x.validFrom < y.validFrom ||
                   (x.validFrom == y.validFrom && text::comparePersonNames(x.fullName, y.fullName) < 0);
        });
        for (int m : members) {
            const int memberNode = addNode(Kind::Member, m, groupNode);
            for (int r = 0; r < m_data.responsibilities.size(); ++r) {
                if (m_data.responsibilities.at(r).memberId == m_data.members.at(m).id) {
                    addNode(Kind::Responsibility, r, memberNode);
                }
            }
        }
        for (int r = 0; r < m_data.responsibilities.size(); ++r) {
            const VillageResponsibility& v = m_data.responsibilities.at(r);
            if (v.groupId == m_data.groups.at(g).id && v.memberId.isEmpty()) {
                addNode(Kind::Responsibility, r, groupNode);
            }
        }
    }
    endResetModel();
}

const WorkingGroupTreeModel::Node* WorkingGroupTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size()) {
        return nullptr;
    }
    return &m_nodes.at(index.internalId());
}

QModelIndex WorkingGroupTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node* p = nodeOf(parent);
    const std::vector<int>& siblings = p ? p->children : m_roots;
    if (row >= static_cast<int>(siblings.size())) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(siblings.at(static_cast<size_t>(row))));
}

QModelIndex WorkingGroupTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    if (!n || n->parent < 0) {
        return {};
    }
    const Node& p = m_nodes.at(static_cast<size_t>(n->parent));
    return createIndex(p.row, 0, static_cast<quintptr>(n->parent));
}

int WorkingGroupTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    const Node* p = nodeOf(parent);
    return static_cast<int>(p ? p->children.size() : m_roots.size());
}

int WorkingGroupTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool WorkingGroupTreeModel::activeOn(const Node& n) const
{
    switch (n.kind) {
    case Kind::Group:
        return m_data.groups.at(n.item).activeOn(m_asOf);
    case Kind::Member:
        return m_data.members.at(n.item).activeOn(m_asOf);
    case Kind::Responsibility:
        break;
    }
    return m_data.responsibilities.at(n.item).activeOn(m_asOf);
}

QVariant WorkingGroupTreeModel::display(const Node& n, int column) const
{
    switch (n.kind) {
    case Kind::Group: {
        const WorkingGroup& g = m_data.groups.at(n.item);
        switch (column) {
        case NameColumn:
            return g.name;
        case RoleColumn:
            return g.issuingBody;
        case PeriodColumn:
            return WorkingGroupRules::periodText(g.validFrom, g.validTo);
        case DetailColumn:
            return g.decisionNo.isEmpty() ? QString()
                                          : tr("decision %1 of %2").arg(g.decisionNo, dates::toDisplay(g.decidedOn));
        default:
            return {};
        }
    }
    case Kind::Member: {
        const GroupMember& m = m_data.members.at(n.item);
        switch (column) {
        case NameColumn:
            return m.officialId.isEmpty() ? m.fullName : tr("%1 (in the register)").arg(m.fullName);
        case RoleColumn:
            return m.position.isEmpty() ? Vocabulary::label(m.role)
                                        : QStringLiteral("%1 – %2").arg(Vocabulary::label(m.role), m.position);
        case PeriodColumn:
            return WorkingGroupRules::periodText(m.validFrom, m.validTo);
        case DetailColumn:
            return m.note;
        default:
            return {};
        }
    }
    case Kind::Responsibility:
        break;
    }
    const VillageResponsibility& r = m_data.responsibilities.at(n.item);
    switch (column) {
    case NameColumn:
        return m_data.villageName(r.villageId);
    case RoleColumn:
        return r.memberId.isEmpty() ? tr("village of the group") : tr("village in their charge");
    case PeriodColumn:
        return WorkingGroupRules::periodText(r.validFrom, r.validTo);
    case DetailColumn:
        return r.note;
    default:
        break;
    }
    return {};
}

QVariant WorkingGroupTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = nodeOf(index);
    if (!n) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(*n, index.column());
    case Qt::ForegroundRole:
        return activeOn(*n) ? QVariant() : QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text)));
    case Qt::FontRole: {
        QFont f;
        f.setItalic(!activeOn(*n));
        f.setBold(n->kind == Kind::Group && index.column() == NameColumn);
        return f;
    }
    case KindRole:
        return static_cast<int>(n->kind);
    case IdRole:
        return n->kind == Kind::Group    ? m_data.groups.at(n->item).id
               : n->kind == Kind::Member ? m_data.members.at(n->item).id
                                         : m_data.responsibilities.at(n->item).id;
    default:
        break;
    }
    return {};
}

QVariant WorkingGroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Group, member or village");
    case RoleColumn:
        return tr("Formed by, role or charge");
    case PeriodColumn:
        return tr("Period");
    case DetailColumn:
        return tr("Decision or note");
    default:
        break;
    }
    return {};
}

WorkingGroupTreeModel::Kind WorkingGroupTreeModel::kindOf(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    return n ? n->kind : Kind::Group;
}

const WorkingGroup* WorkingGroupTreeModel::groupOf(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    while (n && n->kind != Kind::Group) {
        n = n->parent < 0 ? nullptr : &m_nodes.at(static_cast<size_t>(n->parent));
    }
    return n ? &m_data.groups.at(n->item) : nullptr;
}

const GroupMember* WorkingGroupTreeModel::memberOf(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    if (n && n->kind == Kind::Responsibility && n->parent >= 0) {
        n = &m_nodes.at(static_cast<size_t>(n->parent));
    }
    return n && n->kind == Kind::Member ? &m_data.members.at(n->item) : nullptr;
}

const VillageResponsibility* WorkingGroupTreeModel::responsibilityOf(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    return n && n->kind == Kind::Responsibility ? &m_data.responsibilities.at(n->item) : nullptr;
}

QModelIndex WorkingGroupTreeModel::indexOfId(const QString& id) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes.at(i);
        const QString nodeId = n.kind == Kind::Group    ? m_data.groups.at(n.item).id
                               : n.kind == Kind::Member ? m_data.members.at(n.item).id
                                                        : m_data.responsibilities.at(n.item).id;
        if (nodeId == id) {
            return createIndex(n.row, 0, static_cast<quintptr>(i));
        }
    }
    return {};
}

} // namespace ntm::gui
