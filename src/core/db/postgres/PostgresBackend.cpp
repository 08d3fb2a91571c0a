// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/postgres/PostgresBackend.h"

#include "db/Migrator.h"
#include "db/ServerTls.h"
#include "db/Sql.h"
#include "db/postgres/PgConnectError.h"
#include "db/postgres/PgCopyOut.h"
#include "db/postgres/PgCopyTable.h"
#include "db/postgres/PgLogins.h"
#include "db/postgres/PgRows.h"
#include "util/Dates.h"
#include "util/ProgramVersion.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace ntm::core {

namespace {
/// The key of the advisory lock that keeps two `server-init`/`server-upgrade` runs from migrating at once.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(1314148692)"; // "NTMT"

QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString resultError(pg_conn* connection, PGresult* result)
{
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    return QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).trimmed();
}

QString postgresType(const QString& type)
{
    if (type == QLatin1String("integer") || type == QLatin1String("bigint") || type == QLatin1String("smallint")) {
        return QStringLiteral("integer");
    }
    if (type == QLatin1String("double precision") || type == QLatin1String("real")) {
        return QStringLiteral("real");
    }
    return type;
}
} // namespace

PostgresBackend::PostgresBackend(DatabaseLocation location) : Backend(std::move(location))
{
}

pg_conn* PostgresBackend::handleOf(const QSqlDatabase& db)
{
    return handleOf(db.driver());
}

QString PostgresBackend::reasonOf(const QSqlDriver* driver, const QSqlError& error)
{
    pg_conn* connection = handleOf(driver);
    if (!connection || PQstatus(connection) == CONNECTION_BAD) {
        return tr("the connection to the server was lost, and the server rolled back the whole change");
    }
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("25006")) {
        return tr("the database is open for reading only");
    }
    if (code == QLatin1String("55P03") || code == QLatin1String("40P01") || code == QLatin1String("40001")) {
        return tr("another user was saving a change to the same records; try again in a moment");
    }
    if (code == QLatin1String("53100")) {
        return tr("the server's disk is full");
    }
    const bool refused = code == QLatin1String("42501");
    // "ERROR:  message\nDETAIL:  ...\n(SQLSTATE)": the message line, without the prefix.
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const char* prefix : {"ERROR:", "FATAL:"}) {
        if (text.startsWith(QLatin1String(prefix))) {
            text = text.mid(qstrlen(prefix)).trimmed();
        }
    }
    return refused ? tr("the server refused it, because this account may not make this change (%1)").arg(text) : text;
}

pg_conn* PostgresBackend::handleOf(const QSqlDriver* driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    // Qt names the type as it normalises it ("pg_conn*", the struct behind libpq's PGconn typedef).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<pg_conn* const*>(handle.data());
}

Status PostgresBackend::connect()
{
    addConnection(QStringLiteral("QPSQL"));
    if (!m_db.isValid()) {
        return Error{QString(), tr("This computer cannot reach PostgreSQL servers: Qt's PostgreSQL driver is missing "
                                   "(install the Debian package libqt6sql6-psql).")};
    }
    // Host, database, user and password go through Qt's own quoting; every other libpq option through the
    // connect options, where Qt turns ';' into spaces.
    QStringList options;
    bool timeout = false;
    bool application = false;
    for (const auto& [key, value] : ServerTls::connectionOptions(m_location)) {
        if (key == QLatin1String("host")) {
            m_db.setHostName(value);
        } else if (key == QLatin1String("dbname")) {
            m_db.setDatabaseName(value);
        } else if (key == QLatin1String("user")) {
            m_db.setUserName(value);
        } else {
            if (value.contains(QLatin1Char(';'))) {
                return Error{QString(), tr("The server address option %1 may not contain ';'.").arg(key)};
            }
            timeout = timeout || key == QLatin1String("connect_timeout");
            application = application || key == QLatin1String("application_name");
            options.append(key + QLatin1Char('=') + quoted(value));
        }
    }
    if (!timeout) {
        options.append(QStringLiteral("connect_timeout=%1").arg(DatabaseLocation::kConnectTimeoutSeconds));
    }
    if (!application) {
        options.append(QStringLiteral("application_name='NTM Tracker'"));
    }
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    // Never an empty password: without one libpq reads PGPASSWORD and ~/.pgpass.
    if (!m_location.password().isEmpty()) {
        m_db.setPassword(m_location.password());
    }
    if (!m_db.open()) {
        const QSqlError e = m_db.lastError();
        return Error{QString(),
                     PgConnectError::describe(m_location, e.databaseText().isEmpty() ? e.text() : e.databaseText())};
    }
    return execute("SET client_min_messages = warning", tr("Setting up the connection"));
}

Result<OpenState> PostgresBackend::open(const OpenOptions& options)
{
    if (Status s = connect(); !s) {
        return s.error();
    }
    auto found = inspect();
    if (!found) {
        return found.error();
    }
    const Found& f = found.value();
    const int latest = Migrator::latestVersion();
    const int target = options.migrateTo < 0 ? latest : options.migrateTo;
    OpenState state;
    state.version = state.versionBefore = f.version;
    state.readOnly = options.readOnly;
    if (f.schema.isEmpty()) {
        return Error{QString(), tr("The database %1 has no schema to keep tables in (its search_path names none that "
                                   "exists). Nothing was changed.")
                                    .arg(name())};
    }
    if (!f.marked && f.relations > 0) {
        return Error{QString(), tr("The database %1 belongs to another program (it has tables, but not NTM Tracker's). "
                                   "Nothing was changed.")
                                    .arg(name())};
    }
    if (!f.marked && !options.initialiseServer) {
        return Error{QString(), tr("The database %1 is empty: an administrator creates NTM Tracker's tables in it with "
                                   "\"ntm-cli server-init %2\".")
                                    .arg(name(), m_location.uri())};
    }
    if (f.version > latest) {
        return Error{QString(),
                     tr("The database %1 was made by a newer version of NTM Tracker (schema %2; this program "
                        "knows up to %3). Update the program to open it. Nothing was changed.")
                         .arg(name())
                         .arg(f.version)
                         .arg(latest)};
    }
    const bool mayMigrate = options.upgradeServer || (options.initialiseServer && !f.marked);
    if (f.version < target && mayMigrate) {
        if (Status s = migrate(f.version, target); !s) {
            return s.error();
        }
        state.version = target;
    } else if (f.version < target) {
        state.readOnly = true;
        state.notice = tr("The database %1 has an older schema (version %2; this program uses %3), so it is open for "
                          "reading only. An administrator upgrades it with \"ntm-cli server-upgrade %4\".")
                           .arg(name())
                           .arg(f.version)
                           .arg(latest)
                           .arg(m_location.uri());
    }
    if (state.readOnly) {
        (void)execute("SET default_transaction_read_only = on", tr("Setting up the connection"));
    }
    if (Status s = readAccountsSetup(); !s) {
        return s.error();
    }
    return state;
}

Result<PostgresBackend::Found> PostgresBackend::inspect()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT current_schema(), (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON "
            "n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')), "
            "EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relname = 'ntm_schema_migration')")) ||
        !q.next()) {
        return Error{QString(), tr("Could not read the database %1: %2").arg(name(), q.lastError().databaseText())};
    }
    Found f;
    f.schema = q.value(0).toString();
    f.relations = q.value(1).toLongLong();
    f.marked = q.value(2).toBool();
    if (f.marked) {
        const auto version = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(version), 0) FROM "
                                                              "ntm_schema_migration"));
        if (!version) {
            return Error{QString(),
                         tr("Could not read the schema version of %1: %2").arg(name(), version.error().message)};
        }
        f.version = version.value().toInt();
    }
    return f;
}

Status PostgresBackend::migrate(int from, int to)
{
    for (const Migrator::Migration& m : Migrator::migrations(Migrator::Dialect::Postgres)) {
        if (m.version <= from || m.version > to) {
            continue;
        }
        const auto script = Migrator::script(m);
        if (!script) {
            return script.error();
        }
        if (Status s = migrateOne(m.version, m.name, script.value()); !s) {
            (void)execute("ROLLBACK", QString());
            return Error{QString(), tr("Migration %1 (%2) of %3 failed; the database was left at schema %4. %5")
                                        .arg(m.version)
                                        .arg(m.name, name())
                                        .arg(m.version - 1)
                                        .arg(s.error().message)};
        }
    }
    return {};
}

Status PostgresBackend::migrateOne(int version, const QString& name, const QString& script)
{
    // One transaction per migration; the advisory lock makes a second server-init wait, then see the new version.
    if (Status s = execute("BEGIN", tr("Starting the migration")); !s) {
        return s;
    }
    if (Status s = execute(kMigrationLock, tr("Waiting for another upgrade")); !s) {
        return s;
    }
    const auto current = inspect();
    if (!current) {
        return current.error();
    }
    if (current.value().version >= version) {
        return execute("COMMIT", tr("Finishing the migration")); // another run applied it meanwhile
    }
    if (Status s = execute(script.toUtf8(), tr("Running the migration")); !s) {
        return s;
    }
    const QByteArray values[] = {QByteArray::number(version), name.toUtf8(), dates::nowTimestamp().toUtf8(),
                                 ProgramVersion::text().toUtf8()};
    const char* params[] = {values[0].constData(), values[1].constData(), values[2].constData(), values[3].constData()};
    PGresult* r = PQexecParams(handleOf(m_db),
                               "INSERT INTO ntm_schema_migration (version, name, applied_at, applied_by, "
                               "program_version) VALUES ($1, $2, $3, current_user, $4)",
                               4, nullptr, params, nullptr, nullptr, 0);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    const QString reason = ok ? QString() : resultError(handleOf(m_db), r);
    PQclear(r);
    if (!ok) {
        return Error{QString(), tr("Recording schema version %1: %2").arg(version).arg(reason)};
    }
    return execute("COMMIT", tr("Finishing the migration"));
}

Status PostgresBackend::execute(const QByteArray& statement, const QString& what)
{
    pg_conn* connection = handleOf(m_db);
    if (!connection) {
        return Error{QString(), tr("The database is not open.")};
    }
    PGresult* r = PQexec(connection, statement.constData());
    const ExecStatusType status = PQresultStatus(r);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    QString reason;
    if (!ok) {
        reason = resultError(connection, r);
        if (const char* line = PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION)) {
            // Where in a script: the line of the character the server points at.
            const qsizetype at = QByteArray(line).toLongLong();
            reason += tr(" (line %1)").arg(QString::fromUtf8(statement.left(at)).count(QLatin1Char('\n')) + 1);
        }
    }
    PQclear(r);
    if (!ok) {
        return Error{QString(), what.isEmpty() ? reason : what + QStringLiteral(": ") + reason};
    }
    return {};
}

Status PostgresBackend::begin(int)
{
    if (m_db.transaction()) {
        return {};
    }
    if (connectionLost()) {
        return Error{QString(), tr("The connection to the server %1 was lost; nothing was changed. Open the database "
                                   "again when the server is back.")
                                    .arg(m_location.serverName())};
    }
    return Error{QString(), tr("Could not start a transaction: %1").arg(m_db.lastError().databaseText())};
}

void PostgresBackend::setBusyWait(int milliseconds)
{
    // sql-safe: a SET takes no bound values; an integer of ours
    (void)execute(QByteArray("SET lock_timeout = ") + QByteArray::number(std::max(1, milliseconds)), QString());
}

bool PostgresBackend::connectionLost() const
{
    pg_conn* connection = handleOf(m_db);
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

bool PostgresBackend::ping()
{
    pg_conn* connection = handleOf(m_db);
    if (!connection || PQstatus(connection) == CONNECTION_BAD) {
        return false;
    }
    // An empty statement costs the server nothing; a dropped connection fails it (and libpq marks it bad).
    PGresult* r = PQexec(connection, "");
    const bool ok = PQresultStatus(r) == PGRES_EMPTY_QUERY;
    PQclear(r);
    return ok && PQstatus(connection) == CONNECTION_OK;
}

Status PostgresBackend::reconnect(bool readOnly)
{
    // Qt keeps the address, the user and this session's password; the server rolled back whatever was open.
    m_db.close();
    if (!m_db.open()) {
        const QSqlError e = m_db.lastError();
        return Error{QString(),
                     PgConnectError::describe(m_location, e.databaseText().isEmpty() ? e.text() : e.databaseText())};
    }
    if (Status s = execute("SET client_min_messages = warning", tr("Setting up the connection")); !s) {
        return s;
    }
    if (readOnly) {
        return execute("SET default_transaction_read_only = on", tr("Setting up the connection"));
    }
    return {};
}

Status PostgresBackend::snapshotTo(const QString&)
{
    return Error{QString(), tr("A server database is copied table by table, not as a file.")};
}

Result<QList<TableInfo>> PostgresBackend::tables()
{
    QSqlQuery columns = sql::prepare(
        m_db, QStringLiteral("SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull "
                             "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                             "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid WHERE n.nspname = current_schema() "
                             "AND c.relkind = 'r' AND c.relname <> 'ntm_schema_migration' AND a.attnum > 0 AND NOT "
                             "a.attisdropped ORDER BY c.relname, a.attnum"));
    if (Status s = sql::exec(columns, tr("Reading the tables")); !s) {
        return s.error();
    }
    QList<TableInfo> out;
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        if (out.isEmpty() || out.constLast().name != table) {
            out.append({table, {}, {}});
        }
        out.last().columns.append(
            {columns.value(1).toString(), postgresType(columns.value(2).toString()), columns.value(3).toBool()});
    }
    QSqlQuery keys = sql::prepare(
        m_db, QStringLiteral("SELECT DISTINCT c.relname, r.relname FROM pg_catalog.pg_constraint k JOIN "
                             "pg_catalog.pg_class c ON c.oid = k.conrelid JOIN pg_catalog.pg_class r ON r.oid = "
                             "k.confrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = "
                             "'f' AND n.nspname = current_schema() ORDER BY 1, 2"));
    if (Status s = sql::exec(keys, tr("Reading the tables")); !s) {
        return s.error();
    }
    while (keys.next()) {
        for (TableInfo& t : out) {
            if (t.name == keys.value(0).toString()) {
                t.references.append(keys.value(1).toString());
            }
        }
    }
    return out;
}

Result<QList<DeferredObject>> PostgresBackend::deferrableObjects(const QString& table)
{
    // Secondary indexes (not those behind a primary key or UNIQUE constraint), then the table's foreign keys:
    // a server checks a foreign key row by row as it loads, but in one pass when the constraint is added.
    QSqlQuery q = sql::prepare(
        m_db,
        QStringLiteral(
            "SELECT 'DROP INDEX ' || quote_ident(i.relname), pg_get_indexdef(x.indexrelid) FROM pg_catalog.pg_index x "
            "JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid JOIN pg_catalog.pg_class t ON t.oid = x.indrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema() AND "
            "t.relname = ? AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = x.indexrelid) "
            "UNION ALL SELECT 'ALTER TABLE ' || quote_ident(t.relname) || ' DROP CONSTRAINT ' || "
            "quote_ident(k.conname), "
            "'ALTER TABLE ' || quote_ident(t.relname) || ' ADD CONSTRAINT ' || quote_ident(k.conname) || ' ' || "
            "pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class t ON t.oid = "
            "k.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE k.contype = 'f' AND "
            "n.nspname = current_schema() AND t.relname = ? ORDER BY 1"));
    q.addBindValue(table);
    q.addBindValue(table);
    if (Status s = sql::exec(q, tr("Reading the indexes")); !s) {
        return s.error();
    }
    QList<DeferredObject> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

void PostgresBackend::tuneForBulkLoad(BulkLoad level)
{
    // A new database nobody else uses yet: no wait for the commit to reach the disk (a crash loses the load, which
    // is then simply repeated; it never leaves half of it).
    if (level == BulkLoad::NewDatabase) {
        (void)execute("SET synchronous_commit = off", QString());
    } else if (level == BulkLoad::Normal) {
        (void)execute("RESET synchronous_commit", QString());
    }
}

Status PostgresBackend::syncKeyCounters()
{
    // Identity columns (the audit log's seq) continue after the highest value copied in.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT quote_ident(table_name), quote_ident(column_name) FROM "
                               "information_schema.columns WHERE table_schema = current_schema() AND is_identity = "
                               "'YES' ORDER BY 1, 2"))) {
        return Error{QString(), tr("Reading the key counters: %1").arg(q.lastError().databaseText())};
    }
    QList<std::pair<QString, QString>> identities;
    while (q.next()) {
        identities.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto& [table, column] : identities) {
        // sql-safe: table and column names come quoted from the server's own catalogue
        const QString statement = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%2), "
                                                 "0) + 1, false) FROM %1")
                                      .arg(table, column);
        if (Status s = execute(statement.toUtf8(), tr("Setting the key counters")); !s) {
            return s;
        }
    }
    return {};
}

Status PostgresBackend::afterBulkLoad()
{
    // Statistics for the planner, and the visibility map that lets the covering indexes answer alone.
    return execute("VACUUM (ANALYZE)", tr("Analysing the new rows"));
}

QString PostgresBackend::valueList(ValueType type) const
{
    if (type == ValueType::Integer) {
        return QStringLiteral(
            "(SELECT CAST(e.value AS integer) AS value FROM json_array_elements_text(CAST(? AS json)) "
            "AS e(value))");
    }
    return QStringLiteral("(SELECT e.value FROM json_array_elements_text(CAST(? AS json)) AS e(value))");
}

QString PostgresBackend::jsonText(const QString& column, const QString& key) const
{
    // sql-safe: the column and key are the program's own constants
    return QStringLiteral("(CAST(%1 AS json) ->> '%2')").arg(column, key);
}

std::unique_ptr<RowSource> PostgresBackend::rows(const QString& statement)
{
    return std::make_unique<PgRows>(handleOf(m_db), statement);
}

std::unique_ptr<RowSource> PostgresBackend::tableRows(const QString& table, const QStringList& columns)
{
    return std::make_unique<PgCopyOut>(handleOf(m_db), table, columns);
}

std::unique_ptr<BulkTable> PostgresBackend::bulkTable(const QString& table, const QStringList& columns)
{
    return std::make_unique<PgCopyTable>(handleOf(m_db), table, columns);
}

Status PostgresBackend::flushBulk(const QList<BulkTable*>& tables)
{
    for (BulkTable* t : tables) {
        if (Status s = static_cast<PgCopyTable*>(t)->send(); !s) {
            return connectionLost() ? Status(Error{QString(), tr("The connection to the server %1 was lost; the server "
                                                                 "rolled back everything written in this transaction.")
                                                                  .arg(m_location.serverName())})
                                    : s;
        }
    }
    return {};
}

} // namespace ntm::core

namespace ntm::core {

Status PostgresBackend::readAccountsSetup()
{
    const auto setup = PgLogins::read(m_db);
    if (!setup) {
        return setup.error();
    }
    m_serverAccounts = setup.value().accounts;
    m_sessionLogin = setup.value().sessionLogin;
    m_databaseName = setup.value().database;
    return {};
}

Status PostgresBackend::setAuditTriggers(bool enabled)
{
    return m_serverAccounts ? PgLogins::setAuditTriggers(m_db, enabled) : Status();
}

void PostgresBackend::actorChanged(const QString& username)
{
    if (m_db.isOpen()) {
        PgLogins::setActor(m_db, username);
    }
}

QString PostgresBackend::loginFor(const QString& username) const
{
    return m_serverAccounts ? PgLogins::loginFor(m_databaseName, username) : QString();
}

Status PostgresBackend::createLogin(const QString& login, const QString& password)
{
    return PgLogins::create(m_db, login, password);
}

Status PostgresBackend::setLoginPassword(const QString& login, const QString& password)
{
    return PgLogins::setPassword(login, password, m_db);
}

} // namespace ntm::core
