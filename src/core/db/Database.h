// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ntm::core {

/// An open NTM Tracker database file (SQLite through Qt SQL).
///
/// Opening checks the file before anything is written: a file that is not a database, a damaged one,
/// another program's database and one made by a newer NTM Tracker are refused with a clear message and
/// left untouched. An older file is first copied to a dated backup beside it, then migrated in one
/// transaction. The connection runs with foreign keys on, WAL and a busy timeout.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::Database)

public:
    /// SQLite application_id of NTM Tracker files ("NTMT").
    static constexpr int kApplicationId = 0x4E544D54;

    struct Options
    {
        bool create = true; ///< Create the file when it does not exist.
        int migrateTo = -1; ///< Schema version to reach; -1 = latest (tests use older ones).
        bool backupBeforeMigrate = true;
        bool readOnly = false; ///< Open for reading only (also chosen when the file cannot be written).
    };

    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const QSqlDatabase& sql() const { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    /// Opened for reading only (the file or its folder cannot be written): every write is refused with a message.
    bool isReadOnly() const { return m_readOnly; }
    /// The backup made before migrating this file on open, or empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    /// Writes a consistent copy of the whole database to `target` (a new file), while it stays open.
    Status backupTo(const QString& target);

    /// Who is acting: checked by every write (AccessGuard) and written to the audit log and to "recorded by".
    /// On open: the local owner (an administrator) when the file has no user accounts, else nobody until
    /// AccountService::signIn() succeeds.
    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor) { m_actor = actor; }
    /// True when the file has active user accounts (so a sign-in is needed to change anything).
    bool hasAccounts();

    /// How long a write waits in all for another program's write to finish before giving up (busy_timeout per
    /// attempt, then a few more attempts); tests shorten it.
    void setBusyWait(int milliseconds);

    /// Nested transactions: only the outermost begin/commit reach SQLite; a failed inner one forces rollback.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

private:
    Database(QSqlDatabase db, QString path, QString connection);
    Status checkAndMigrate(const Options& options, bool existedBefore);
    Status backup();
    bool beginImmediate(QString* reason);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
    QString m_backupPath;
    Actor m_actor;
    int m_busyWaitMs = 30000;
    int m_version = 0;
    int m_depth = 0;
    bool m_failed = false;
    bool m_readOnly = false;
};

/// Begins a transaction and rolls it back unless commit() is called: one per user action or import.
class Transaction final
{
public:
    explicit Transaction(Database& db) : m_db(db), m_status(db.begin()) {}
    ~Transaction()
    {
        if (m_status.ok() && !m_done) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Error when BEGIN itself failed (e.g. the database is locked).
    const Status& started() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database& m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace ntm::core
