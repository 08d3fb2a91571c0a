// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Actor.h"
#include "db/Backend.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ntm::core {

/// An open NTM Tracker database: a SQLite file, or a PostgreSQL server database named by a URI
/// (`postgresql://user@host:port/database`); the Backend behind it does what differs between the two.
///
/// Opening checks the database before anything is written: a file that is not a database, a damaged one, another
/// program's database and one made by a newer NTM Tracker are refused with a clear message and left untouched. An
/// older file is first copied to a dated backup beside it, then migrated in one transaction. A server database is
/// never created or upgraded silently: an empty one needs `ntm-cli server-init`, an older one opens read-only until
/// `ntm-cli server-upgrade` (docs/server.md).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::Database)

public:
    /// SQLite application_id of NTM Tracker files ("NTMT").
    static constexpr int kApplicationId = 0x4E544D54;

    using Options = OpenOptions;

    /// `location` is a file path or a server URI (DatabaseLocation).
    static Result<std::unique_ptr<Database>> open(const QString& location);
    static Result<std::unique_ptr<Database>> open(const QString& location, const Options& options);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_backend->sql(); }
    const QSqlDatabase& sql() const { return m_backend->sql(); }
    Backend& backend() { return *m_backend; }
    const Backend& backend() const { return *m_backend; }
    /// The absolute file path, or the server URI without the password: what opens this database again.
    QString path() const { return m_backend->location().uri(); }
    /// For people (window title, messages): the file path, or "DATABASE on HOST:PORT".
    QString displayName() const { return m_backend->location().displayName(); }
    /// Short, for titles: the file's name, or the server database's display name.
    QString shortName() const { return m_backend->location().shortName(); }
    bool isServer() const { return m_backend->isServer(); }
    int schemaVersion() const { return m_state.version; }
    /// The version found on opening, before any migration.
    int versionFound() const { return m_state.versionBefore; }
    /// Opened for reading only (the file or its folder cannot be written, or a server's schema is older than this
    /// program's): every write is refused with a message.
    bool isReadOnly() const { return m_state.readOnly; }
    /// Why the database is read-only when the user did not choose it (empty otherwise): shown when it opens.
    QString notice() const { return m_state.notice; }
    /// The backup made before migrating this file on open, or empty when none was needed.
    QString backupPath() const { return m_state.backupPath; }

    /// Writes a consistent copy of the whole database to `target` (a new file), while it stays open.
    Status backupTo(const QString& target);

    /// Who is acting: checked by every write (AccessGuard) and written to the audit log and to "recorded by".
    /// On open: on a server, the account whose login role this session is (app_user.login), without a second
    /// sign-in; else the local owner (an administrator) when the database has no user accounts, else nobody until
    /// AccountService::signIn() succeeds.
    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor);
    /// True when the database has active user accounts (so a sign-in is needed to change anything).
    bool hasAccounts();

    /// How long a write waits in all for another program's write to finish before giving up (busy_timeout per
    /// attempt, then a few more attempts); tests shorten it.
    void setBusyWait(int milliseconds);

    /// A server: whether the connection still holds (asks the server; false once it was lost). A file: true.
    bool checkConnection();
    /// A server: connects again after the connection was lost (the server restarted, the network dropped), with
    /// the same address, password, account and read-only state; never inside a transaction. A file: nothing to do.
    Status reconnect();

    /// Nested transactions: only the outermost begin/commit reach the database; a failed inner one forces rollback.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

private:
    explicit Database(std::unique_ptr<Backend> backend);
    /// A server: the active account of the session's login role, when it has one.
    std::optional<Actor> loginAccount();
    Error lostConnection(const QString& what) const;

    std::unique_ptr<Backend> m_backend;
    OpenState m_state;
    Actor m_actor;
    int m_busyWaitMs = 30000;
    int m_depth = 0;
    bool m_failed = false;
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
