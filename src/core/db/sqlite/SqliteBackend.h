// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Backend.h"

#include <QCoreApplication>

struct sqlite3;

namespace ntm::core {

/// The embedded backend: one SQLite file (WAL, foreign keys on, a busy timeout), its schema version in PRAGMA
/// user_version and its owner in PRAGMA application_id, backups with VACUUM INTO, the fast paths on SQLite's own
/// handle.
class SqliteBackend final : public Backend
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SqliteBackend)

public:
    /// SQLite application_id of NTM Tracker files ("NTMT").
    static constexpr int kApplicationId = 0x4E544D54;

    explicit SqliteBackend(DatabaseLocation location);

    /// The SQLite handle of an open QSQLITE connection, or nullptr for another driver.
    static sqlite3* handleOf(const QSqlDatabase& db);
    /// The version of the SQLite library the program runs with ("3.40.1"), for Help > About.
    static QString libraryVersion();

    bool isServer() const override { return false; }
    Result<OpenState> open(const OpenOptions& options) override;
    Status begin(int busyWaitMs) override;
    void setBusyWait(int milliseconds) override;
    bool canSnapshotToFile() const override { return true; }
    Status snapshotTo(const QString& target) override;
    Result<QList<TableInfo>> tables() override;
    Result<QList<DeferredObject>> deferrableObjects(const QString& table) override;
    bool defersIndexesForImports() const override { return true; }
    void tuneForBulkLoad(BulkLoad level) override;
    QString valueList(ValueType type) const override;
    QString jsonText(const QString& column, const QString& key) const override;
    std::unique_ptr<RowSource> rows(const QString& statement) override;
    std::unique_ptr<BulkTable> bulkTable(const QString& table, const QStringList& columns) override;
    Status flushBulk(const QList<BulkTable*>& tables) override;

private:
    Status checkAndMigrate(const OpenOptions& options, bool existedBefore, OpenState* state);
    Result<QString> backupBeforeUpgrade(int version);
    bool beginImmediate(QString* reason);
    QString path() const { return m_location.filePath(); }

    qint64 m_cacheBefore = 0;
    bool m_newDatabase = false;
};

} // namespace ntm::core
