// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Backend.h"

#include <QCoreApplication>

class QSqlDriver;
class QSqlError;
struct pg_conn;

namespace ntm::core {

/// The server backend: a PostgreSQL 15 database reached through Qt's QPSQL driver, with libpq on the same
/// connection for what Qt cannot do fast (binary results, COPY) or at all (a migration script in one round trip).
///
/// The schema lives in the database's default schema with the same tables and columns as a file
/// (resources/sql/pg/), recorded in the table ntm_schema_migration — also the mark that the database is NTM
/// Tracker's. Opening never creates or upgrades a schema unless asked (`server-init`, `server-upgrade`); an older
/// schema opens read-only with a notice, a newer one or another program's database is refused untouched.
class PostgresBackend final : public Backend
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PostgresBackend)

public:
    /// The table that records applied migrations and marks the database as NTM Tracker's.
    static constexpr const char* kMarkerTable = "ntm_schema_migration";

    explicit PostgresBackend(DatabaseLocation location);

    /// libpq's connection under an open QPSQL connection, or nullptr for another driver.
    static pg_conn* handleOf(const QSqlDatabase& db);
    static pg_conn* handleOf(const QSqlDriver* driver);
    /// A failed statement's reason in words: the server's first line, or what a lost connection, a read-only
    /// session, a lock wait or a full disk mean for the user.
    static QString reasonOf(const QSqlDriver* driver, const QSqlError& error);

    bool isServer() const override { return true; }
    Result<OpenState> open(const OpenOptions& options) override;
    Status begin(int busyWaitMs) override;
    void setBusyWait(int milliseconds) override;
    bool connectionLost() const override;
    bool ping() override;
    Status reconnect(bool readOnly) override;
    bool canSnapshotToFile() const override { return false; }
    Status snapshotTo(const QString& target) override;
    Result<QList<TableInfo>> tables() override;
    Result<QList<DeferredObject>> deferrableObjects(const QString& table) override;
    bool defersIndexesForImports() const override { return false; }
    void tuneForBulkLoad(BulkLoad level) override;
    Status syncKeyCounters() override;
    Status afterBulkLoad() override;
    QString valueList(ValueType type) const override;
    QString jsonText(const QString& column, const QString& key) const override;
    std::unique_ptr<RowSource> rows(const QString& statement) override;
    std::unique_ptr<RowSource> tableRows(const QString& table, const QStringList& columns) override;
    std::unique_ptr<BulkTable> bulkTable(const QString& table, const QStringList& columns) override;
    Status flushBulk(const QList<BulkTable*>& tables) override;
    bool auditsByTrigger() const override { return m_serverAccounts; }
    Status setAuditTriggers(bool enabled) override;
    void actorChanged(const QString& username) override;
    bool hasLoginRoles() const override { return m_serverAccounts; }
    QString sessionLogin() const override { return m_sessionLogin; }
    QString loginFor(const QString& username) const override;
    Status createLogin(const QString& login, const QString& password) override;
    Status setLoginPassword(const QString& login, const QString& password) override;

private:
    struct Found
    {
        QString schema;
        qint64 relations = 0;
        bool marked = false;
        int version = 0;
    };
    Status connect();
    Result<Found> inspect();
    Status migrate(int from, int to);
    Status migrateOne(int version, const QString& name, const QString& script);
    /// Runs one statement (or a script) with libpq; the error names the first failing statement.
    Status execute(const QByteArray& statement, const QString& what);
    QString name() const { return m_location.displayName(); }
    /// After opening: whether the schema has the server's accounts and audit triggers (migration 10), the session's
    /// login role and the database's name.
    Status readAccountsSetup();

    bool m_serverAccounts = false;
    QString m_sessionLogin;
    QString m_databaseName;
};

} // namespace ntm::core
