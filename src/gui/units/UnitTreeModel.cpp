// SPDX-License-Identifier: GPL-3.0-or-later
#include "units/UnitTreeModel.h"

#include "util/TextFold.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace ntm::gui {

using namespace ntm::core;

namespace {
// Internal id of an index: 0 for a district row, district row + 1 for a commune row.
constexpr quintptr kDistrictLevel = 0;
} // namespace

UnitTreeModel::UnitTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
}

void UnitTreeModel::setOverview(QList<DistrictOverview> overview)
{
    beginResetModel();
    m_districts = std::move(overview);
    endResetModel();
}

int UnitTreeModel::communeCount() const
{
    int n = 0;
    for (const DistrictOverview& d : m_districts) {
        n += static_cast<int>(d.communes.size());
    }
    return n;
}

int UnitTreeModel::recognisedCount() const
{
    int n = 0;
    for (const DistrictOverview& d : m_districts) {
        n += d.recognised();
    }
    return n;
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_districts.size() ? createIndex(row, column, kDistrictLevel) : QModelIndex();
    }
    if (parent.internalId() != kDistrictLevel || parent.row() >= m_districts.size()) {
        return {};
    }
    const DistrictOverview& d = m_districts.at(parent.row());
    return row < d.communes.size() ? createIndex(row, column, static_cast<quintptr>(parent.row()) + 1) : QModelIndex();
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kDistrictLevel) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDistrictLevel);
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_districts.size());
    }
    if (parent.column() != 0 || parent.internalId() != kDistrictLevel) {
        return 0;
    }
    return static_cast<int>(m_districts.at(parent.row()).communes.size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == kDistrictLevel) {
        return districtData(m_districts.at(index.row()), index.column(), role);
    }
    const DistrictOverview& d = m_districts.at(static_cast<qsizetype>(index.internalId() - 1));
    return communeData(d.communes.at(index.row()), index.column(), role);
}

QVariant UnitTreeModel::districtData(const DistrictOverview& d, int column, int role) const
{
    if (role == IdRole) {
        return d.districtId;
    }
    if (role == SearchTextRole) {
        return text::fold(d.title);
    }
    const int programme = d.programmeCommunes();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case Name:
            return role == SortRole ? QVariant(d.name) : QVariant(d.title);
        case Kind:
            return tr("%n unit(s)", nullptr, static_cast<int>(d.communes.size()));
        case Code:
            return d.code;
        case Met:
            if (programme == 0) {
                return QVariant();
            }
            return role == SortRole
                       ? QVariant(static_cast<double>(d.met()) / programme)
                       : QVariant(tr("%1 on average")
                                      .arg(QLocale().toString(static_cast<double>(d.met()) / programme, 'f', 1)));
        case Recognised:
            return programme == 0 ? QVariant() : QVariant(tr("%1 of %2").arg(d.recognised()).arg(programme));
        default:
            break;
        }
    }
    if (role == Qt::FontRole && column == Name) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant UnitTreeModel::communeData(const CommuneOverview& c, int column, int role) const
{
    if (role == IdRole) {
        return c.commune.id;
    }
    if (role == SearchTextRole) {
        return text::fold(c.commune.title());
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case Name:
            return c.commune.name;
        case Kind:
            return Vocabulary::label(c.commune.kind);
        case Code:
            return c.commune.code;
        case Met:
            if (!c.inProgramme || c.total == 0) {
                return role == SortRole ? QVariant(-1) : QVariant();
            }
            return role == SortRole ? QVariant(c.met) : QVariant(QStringLiteral("%1/%2").arg(c.met).arg(c.total));
        case Recognised:
            if (!c.inProgramme) {
                return QVariant();
            }
            return c.recognised ? tr("Recognised") : tr("Not yet");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && column == Met && c.inProgramme) {
        return tr("%1 of the %2 criteria of %3 met").arg(c.met).arg(c.total).arg(c.setCode);
    }
    if (role == Qt::ToolTipRole && !c.inProgramme) {
        return tr("Wards and townships are not judged by the New Rural Development programme.");
    }
    if (role == Qt::ForegroundRole && column == Recognised && c.recognised) {
        return QBrush(QColor(0x1b, 0x7f, 0x3b));
    }
    if (role == Qt::ForegroundRole && !c.inProgramme) {
        return QBrush(QColor(0x80, 0x80, 0x80));
    }
    if (role == Qt::TextAlignmentRole && column == Met) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("District / commune");
    case Kind:
        return tr("Kind");
    case Code:
        return tr("Code");
    case Met:
        return tr("Criteria met");
    case Recognised:
        return tr("Recognised NTM");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
