// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditEntryModel.h"

#include "access/AccessPolicy.h"
#include "audit/AuditTrail.h"
#include "domain/Vocabulary.h"

#include <QDateTime>

namespace ntm::gui {

using namespace ntm::core;

void AuditEntryModel::setEntries(const QList<AuditEntry>& entries, const QHash<QString, QString>& places)
{
    beginResetModel();
    m_entries = entries;
    m_places = places;
    endResetModel();
}

QString AuditEntryModel::displayTime(const QString& utc)
{
    QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!t.isValid()) {
        return utc;
    }
    if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC);
    }
    return t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

int AuditEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const AuditEntry& e = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return displayTime(e.at);
    case User:
        return Vocabulary::userLabel(e.actor);
    case Action:
        return AuditTrail::actionLabel(e.action);
    case Kind: {
        const auto kind = AccessPolicy::kindOfTable(e.table);
        return kind ? AccessPolicy::kindTitle(*kind) : e.table;
    }
    case Record:
        return AuditTrail::recordLabel(e);
    case Commune:
        return m_places.value(AuditTrail::communeOf(e));
    default:
        return {};
    }
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Action:
        return tr("Change");
    case Kind:
        return tr("Kind of record");
    case Record:
        return tr("Record");
    case Commune:
        return tr("Commune");
    default:
        return {};
    }
}

} // namespace ntm::gui
