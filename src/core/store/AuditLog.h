// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace ntm::core {

class Database;

/// One entry of the audit trail: who changed which record of which table, when, and how.
struct AuditEntry
{
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action; ///< insert, update, delete, bulk
    QString table;
    QString rowId;
    QString beforeJson;
    QString afterJson;
};

/// The append-only audit trail (table audit_log; triggers refuse UPDATE and DELETE on it).
/// Stores call it inside the same transaction as the change, so a change and its entry land together.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AuditLog)

public:
    explicit AuditLog(Database& db) : m_db(db) {}

    /// The whole row `id` of `table` as a JSON object text; empty when there is no such row.
    /// `table` must be one of the program's own table names, never user input.
    Result<QString> snapshot(const QString& table, const QString& id);

    Status record(const QString& action, const QString& table, const QString& rowId, const QString& beforeJson,
                  const QString& afterJson);

    /// Records an insert: the row as it is now after the insert.
    Status recordInsert(const QString& table, const QString& rowId);
    /// Records an update or delete given the row before it (take it with snapshot() first).
    Status recordUpdate(const QString& table, const QString& rowId, const QString& beforeJson);
    Status recordDelete(const QString& table, const QString& rowId, const QString& beforeJson);

    /// Entries for one record, oldest first.
    Result<QList<AuditEntry>> historyOf(const QString& table, const QString& rowId);
    Result<qint64> count();

private:
    /// A table's snapshot query and its column names, prepared once per AuditLog: an import records every row.
    struct Snapshot
    {
        QSqlQuery query;
        std::vector<std::string> names;
    };

    Database& m_db;
    std::map<QString, Snapshot> m_snapshots;
    QSqlQuery m_insert;
    bool m_insertPrepared = false;
};

} // namespace ntm::core
