// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/BoardModel.h"

#include "common/Palette.h"
#include "util/Dates.h"

#include <QBrush>
#include <QFont>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr quintptr kDistrictLevel = 0;
} // namespace

BoardModel::BoardModel(QObject* parent) : QAbstractItemModel(parent)
{
}

void BoardModel::setData(CriteriaBoardData data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

QColor BoardModel::colour(CriterionStatus status)
{
    return palette::status(status);
}

QString BoardModel::symbol(CriterionStatus status)
{
    return palette::statusSymbol(status);
}

int BoardModel::criterionColumn(int number) const
{
    for (int i = 0; i < m_data.columns.size(); ++i) {
        if (m_data.columns.at(i).number == number) {
            return FirstCriterion + i;
        }
    }
    return -1;
}

const BoardCommune* BoardModel::communeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kDistrictLevel) {
        return nullptr;
    }
    const BoardDistrict& d = m_data.districts.at(static_cast<qsizetype>(index.internalId() - 1));
    return index.row() < d.communes.size() ? &d.communes.at(index.row()) : nullptr;
}

QModelIndex BoardModel::cellOf(const QString& communeId, int number) const
{
    const int column = criterionColumn(number);
    for (int d = 0; d < m_data.districts.size() && column >= 0; ++d) {
        const auto& communes = m_data.districts.at(d).communes;
        for (int r = 0; r < communes.size(); ++r) {
            if (communes.at(r).commune.id == communeId) {
                return index(r, column, index(d, 0));
            }
        }
    }
    return {};
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= columnCount()) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_data.districts.size() ? createIndex(row, column, kDistrictLevel) : QModelIndex();
    }
    if (parent.internalId() != kDistrictLevel || parent.row() >= m_data.districts.size()) {
        return {};
    }
    const auto& communes = m_data.districts.at(parent.row()).communes;
    return row < communes.size() ? createIndex(row, column, static_cast<quintptr>(parent.row()) + 1) : QModelIndex();
}

QModelIndex BoardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kDistrictLevel) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDistrictLevel);
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_data.districts.size());
    }
    if (parent.column() != 0 || parent.internalId() != kDistrictLevel) {
        return 0;
    }
    return static_cast<int>(m_data.districts.at(parent.row()).communes.size());
}

int BoardModel::columnCount(const QModelIndex&) const
{
    return FirstCriterion + static_cast<int>(m_data.columns.size());
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == kDistrictLevel) {
        return districtData(m_data.districts.at(index.row()), index.column(), role);
    }
    const BoardCommune* c = communeAt(index);
    return c ? communeData(*c, index.column(), role) : QVariant();
}

QVariant BoardModel::districtData(const BoardDistrict& d, int column, int role) const
{
    if (column == Name && (role == Qt::DisplayRole || role == SortRole)) {
        if (role == SortRole) {
            return d.name;
        }
        // The district's row spans the board (BoardView): its name and count are read whole, not cut at the
        // width of the communes' name column.
        int recognised = 0;
        for (const BoardCommune& c : d.communes) {
            recognised += c.recognised ? 1 : 0;
        }
        return tr("%1 – %2/%3 recognised").arg(d.title).arg(recognised).arg(d.communes.size());
    }
    if (role == Qt::FontRole && column == Name) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

const CriterionState* BoardModel::stateOf(const BoardCommune& c, int column) const
{
    const int i = column - FirstCriterion;
    if (i < 0 || i >= m_data.columns.size()) {
        return nullptr;
    }
    const int number = m_data.columns.at(i).number;
    for (const CriterionState& s : c.progress.criteria) {
        if (s.number == number) {
            return &s;
        }
    }
    return nullptr;
}

QVariant BoardModel::communeData(const BoardCommune& c, int column, int role) const
{
    if (role == CommuneIdRole) {
        return c.commune.id;
    }
    if (column == Name) {
        if (role == Qt::DisplayRole || role == SortRole) {
            return c.commune.name;
        }
        if (role == Qt::ToolTipRole) {
            return c.recognised ? tr("%1 – recognised NTM").arg(c.commune.title()) : c.commune.title();
        }
        if (role == Qt::FontRole && c.recognised) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    if (column == Met) {
        if (role == Qt::DisplayRole) {
            return QStringLiteral("%1/%2").arg(c.progress.met).arg(c.progress.total);
        }
        if (role == SortRole) {
            return c.progress.met;
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignCenter);
        }
        return {};
    }
    const CriterionState* s = stateOf(c, column);
    if (role == CriterionNumberRole) {
        return m_data.columns.at(column - FirstCriterion).number;
    }
    if (!s) {
        return role == Qt::ToolTipRole ? QVariant(tr("Not part of the criteria set of this commune")) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return symbol(s->status);
    case StatusRole:
    case SortRole:
        return static_cast<int>(s->status);
    case Qt::BackgroundRole:
        return QBrush(colour(s->status));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QString tip =
            tr("Criterion %1: %2").arg(s->number).arg(s->name) + QLatin1Char('\n') + Vocabulary::label(s->status);
        if (s->assessedOn.isValid()) {
            tip +=
                QLatin1Char('\n') +
                tr("Assessed on %1 by %2").arg(dates::toDisplay(s->assessedOn), Vocabulary::userLabel(s->recordedBy));
        }
        if (!s->carriedFromSet.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Carried over from %1").arg(s->carriedFromSet);
        }
        if (s->viaCrosswalk) {
            tip += QLatin1Char('\n') + tr("Carried over through the province's crosswalk");
        }
        if (!s->note.isEmpty()) {
            tip += QLatin1Char('\n') + s->note;
        }
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (section == Name) {
        return role == Qt::DisplayRole ? QVariant(tr("Commune")) : QVariant();
    }
    if (section == Met) {
        return role == Qt::DisplayRole ? QVariant(tr("Met")) : QVariant();
    }
    const int i = section - FirstCriterion;
    if (i < 0 || i >= m_data.columns.size()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return QString::number(m_data.columns.at(i).number);
    }
    if (role == Qt::ToolTipRole) {
        return tr("Criterion %1: %2").arg(m_data.columns.at(i).number).arg(m_data.columns.at(i).name);
    }
    return {};
}

} // namespace ntm::gui
