// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ntm::gui {

/// Audit entries as a table: when (local time), who, what was done, to which kind of record, which record,
/// in which commune. The audit view and the history of one record show it.
class AuditEntryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        User,
        Action,
        Kind,
        Record,
        Commune,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// `places`: district and commune names by id (placeNames()).
    void setEntries(const QList<core::AuditEntry>& entries, const QHash<QString, QString>& places);
    const core::AuditEntry& entry(int row) const { return m_entries.at(row); }

    /// "29/11/2026 10:42:07", local time, from the log's UTC time.
    static QString displayTime(const QString& utc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::AuditEntry> m_entries;
    QHash<QString, QString> m_places;
};

} // namespace ntm::gui
