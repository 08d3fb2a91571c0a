// SPDX-License-Identifier: GPL-3.0-or-later
#include "officials/OfficialHistoryModel.h"

#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

OfficialHistoryModel::OfficialHistoryModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void OfficialHistoryModel::setRows(QList<RotationImpactRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OfficialHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OfficialHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficialHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const RotationImpactRow& r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= MetAtStart && index.column() <= Gained) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Period:
        return dates::toDisplay(r.rotation.startDate) + QStringLiteral(" – ") +
               (r.end.isValid() ? dates::toDisplay(r.end) : tr("now"));
    case Commune:
        return r.districtName.isEmpty() ? r.communeName
                                        : r.communeName + QStringLiteral(" (") + r.districtName + QLatin1Char(')');
    case Position:
        return r.rotation.toPosition;
    case Kind:
        return Vocabulary::label(r.rotation.kind);
    case MetAtStart:
        return QStringLiteral("%1/%2").arg(r.metAtStart).arg(r.totalAtStart);
    case MetAtEnd:
        return QStringLiteral("%1/%2").arg(r.metAtEnd).arg(r.totalAtEnd);
    case Gained:
        return RotationImpactService::gainText(r);
    case Recognition:
        if (!r.monthsToRecognition) {
            return tr("not yet");
        }
        return tr("%1, after %n month(s)", nullptr, *r.monthsToRecognition).arg(dates::toDisplay(r.recognisedOn));
    default:
        break;
    }
    return {};
}

QVariant OfficialHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Period:
        return tr("Term");
    case Commune:
        return tr("Commune");
    case Position:
        return tr("Position");
    case Kind:
        return tr("Kind");
    case MetAtStart:
        return tr("Criteria met at start");
    case MetAtEnd:
        return tr("At end");
    case Gained:
        return tr("Gained");
    case Recognition:
        return tr("Commune recognised");
    default:
        break;
    }
    return {};
}

} // namespace ntm::gui
