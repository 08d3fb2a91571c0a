// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseLocation.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace ntm::core {

class BulkTable;
class RowSource;

/// How Database::open() may treat what it finds.
struct OpenOptions
{
    bool create = true;              ///< A file: create it when it does not exist (a server database is never created).
    int migrateTo = -1;              ///< Schema version to reach; -1 = latest (tests use older ones).
    bool backupBeforeMigrate = true; ///< A file: copy it beside itself before upgrading it.
    bool readOnly = false;           ///< Open for reading only (also chosen when the file cannot be written).
    QString password;                ///< A server: the password for this session only (never stored).
    bool initialiseServer = false;   ///< A server: create the schema in an empty database (`ntm-cli server-init`).
    bool upgradeServer = false;      ///< A server: upgrade an older schema (`ntm-cli server-upgrade`).
};

/// What opening found out.
struct OpenState
{
    int version = 0;
    int versionBefore = 0; ///< The version found, before any migration.
    bool readOnly = false;
    QString notice;     ///< Why it is read-only when that is not the user's choice (an older server schema).
    QString backupPath; ///< The backup made before migrating a file on open.
};

/// One column of a table, as the database describes it (for copying and for the schema parity test).
struct ColumnInfo
{
    QString name;
    QString type; ///< "text", "integer" or "real" (anything else as the database names it)
    bool notNull = false;
};

struct TableInfo
{
    QString name;
    QList<ColumnInfo> columns;
    QStringList references; ///< Tables its foreign keys point to.
    QStringList columnNames() const;
};

/// An index or constraint that a bulk load drops and builds again afterwards (DeferredIndexes).
struct DeferredObject
{
    QString dropStatement;
    QString createStatement;
};

/// What a list of values bound as one JSON array reads as, in valueList().
enum class ValueType
{
    Text,
    Integer
};

/// One kind of database behind core's seam: a SQLite file or a PostgreSQL server. Database owns one and stores and
/// services ask it for what differs between the two — connecting, the schema check and migrations, transactions,
/// backups, the fast read and write paths and the few phrases of SQL that differ — so that nothing outside db/
/// asks which driver is underneath. Everything else is plain SQL both understand (docs/architecture.md, "Two
/// backends"). In the spirit of Akonadi's DbConfig/DbInitializer, without its scattered type checks.
class Backend
{
public:
    virtual ~Backend();

    virtual bool isServer() const = 0;
    const DatabaseLocation& location() const { return m_location; }
    QSqlDatabase& sql() { return m_db; }
    const QSqlDatabase& sql() const { return m_db; }

    /// Connects, checks that the database is NTM Tracker's and of a version this program can use, and migrates
    /// what the options allow. Nothing is changed when it refuses.
    virtual Result<OpenState> open(const OpenOptions& options) = 0;

    /// Starts the outermost transaction: on SQLite BEGIN IMMEDIATE, retried while another program writes (up to
    /// busyWaitMs in all); on a server a plain BEGIN.
    virtual Status begin(int busyWaitMs) = 0;
    /// How long one statement waits for another program's lock.
    virtual void setBusyWait(int milliseconds) = 0;
    /// True when the connection to a server was lost (the server then rolled back what was not committed).
    virtual bool connectionLost() const { return false; }
    /// A server: asks it something trivial, so a connection the server or the network dropped is noticed while the
    /// user is idle (connectionLost() is then true). A file: nothing to ask.
    virtual bool ping() { return true; }
    /// A server: connects again with the same address and password after the connection was lost, and sets the
    /// session up as open() did (read-only when it was). A file never loses its connection.
    virtual Status reconnect(bool readOnly)
    {
        (void)readOnly;
        return {};
    }

    /// A file: a consistent copy of the whole database into the new file `target` while it stays open.
    /// Returns false when this backend has no such snapshot (a server: Database copies it table by table).
    virtual bool canSnapshotToFile() const = 0;
    virtual Status snapshotTo(const QString& target) = 0;

    /// Every table of the program, with its columns and the tables its foreign keys point to.
    virtual Result<QList<TableInfo>> tables() = 0;
    /// The secondary indexes (and on a server the foreign keys) of a table, which a bulk load may drop and build
    /// again afterwards.
    virtual Result<QList<DeferredObject>> deferrableObjects(const QString& table) = 0;
    /// Whether dropping indexes for a big import is worth it here: true on a file (one writer at a time anyway),
    /// false on a server (it would lock everyone else out of the table until the import commits).
    virtual bool defersIndexesForImports() const = 0;
    /// Tuning for long bulk work, back to Normal afterwards: Import (a bigger page cache on SQLite), NewDatabase
    /// (filling a database nobody else sees yet: on SQLite no fsync, the journal in memory, no foreign-key lookups
    /// per row; on a server no wait for each commit to reach the disk).
    enum class BulkLoad
    {
        Normal,
        Import,
        NewDatabase
    };
    virtual void tuneForBulkLoad(BulkLoad level) = 0;
    /// Inside the transaction of a bulk load that wrote key values itself (`copy`): counters such as the audit
    /// log's sequence continue after the highest key written.
    virtual Status syncKeyCounters() { return {}; }
    /// After a bulk load into a new database has committed: what the server needs to plan queries well.
    virtual Status afterBulkLoad() { return {}; }

    /// A server at migration 10 or later writes the audit trail itself, with triggers that name the login role
    /// (docs/security.md): AuditLog then only checks each change and writes nothing, so nothing is recorded twice.
    virtual bool auditsByTrigger() const { return false; }
    /// Turns the server's audit triggers off or on again, inside the transaction of a copy into a new database (the
    /// copy records one entry instead); only the database's owner may. A file has none.
    virtual Status setAuditTriggers(bool enabled);
    /// The program's user now acting, for a server's audit trail of a login role without an account of its own.
    virtual void actorChanged(const QString& username);

    /// A server whose accounts are login roles (docs/server.md, "Accounts"): the session's login role, the login role
    /// an account of this database gets, creating it (its app_user row must exist) and setting its password. The
    /// password is encrypted on this computer (SCRAM-SHA-256); it never reaches the server in clear. A file has
    /// none of these.
    virtual bool hasLoginRoles() const { return false; }
    virtual QString sessionLogin() const { return {}; }
    virtual QString loginFor(const QString& username) const;
    virtual Status createLogin(const QString& login, const QString& password);
    virtual Status setLoginPassword(const QString& login, const QString& password);

    /// A table of the values bound as one JSON array at this `?`, with one column `value`:
    /// `FROM valueList(Text) c` ... `c.value`. One statement for thousands of communes on both backends.
    virtual QString valueList(ValueType type) const = 0;
    /// The text of `key` in a JSON object stored as text in `column` (NULL when absent).
    virtual QString jsonText(const QString& column, const QString& key) const = 0;

    /// The fast paths: reading many rows without a QVariant per value, and writing many rows into one table.
    virtual std::unique_ptr<RowSource> rows(const QString& statement) = 0;
    /// Every row of a table, streamed (for copying a whole database): a plain SELECT on SQLite, COPY ... TO STDOUT
    /// on a server.
    virtual std::unique_ptr<RowSource> tableRows(const QString& table, const QStringList& columns);
    virtual std::unique_ptr<BulkTable> bulkTable(const QString& table, const QStringList& columns) = 0;
    /// Sends what bulk tables have buffered (a server's COPY); a file writes each row at once.
    virtual Status flushBulk(const QList<BulkTable*>& tables) = 0;

protected:
    explicit Backend(DatabaseLocation location);
    /// Registers the Qt SQL connection under a name of its own; removed again by the destructor.
    void addConnection(const QString& driver);

    DatabaseLocation m_location;
    QSqlDatabase m_db;
    QString m_connection;
};

} // namespace ntm::core
