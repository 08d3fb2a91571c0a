// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlite/SqliteBackend.h"

#include "db/Migrator.h"
#include "db/OwnerOnly.h"
#include "db/Sql.h"
#include "db/sqlite/SqliteBulkTable.h"
#include "db/sqlite/SqliteRows.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace ntm::core {

namespace {
// Reads one integer PRAGMA; an error when the file is not a readable SQLite database.
Result<int> readPragma(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    // sql-safe: PRAGMA takes no parameters; `pragma` is a name of this file (application_id, user_version)
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next()) {
        return Error{QString(),
                     q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText()};
    }
    return q.value(0).toInt();
}

void pragmas(QSqlDatabase& db, std::initializer_list<const char*> list)
{
    QSqlQuery q(db);
    for (const char* p : list) {
        q.exec(QString::fromLatin1(p)); // sql-safe: PRAGMAs take no bound values; these are our own constants
    }
}

QString sqliteType(const QString& declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT"))) {
        return QStringLiteral("integer");
    }
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("DOUB")) || t.contains(QLatin1String("FLOA"))) {
        return QStringLiteral("real");
    }
    if (t.contains(QLatin1String("TEXT")) || t.contains(QLatin1String("CHAR"))) {
        return QStringLiteral("text");
    }
    return declared.toLower();
}
} // namespace

SqliteBackend::SqliteBackend(DatabaseLocation location) : Backend(std::move(location))
{
}

QString SqliteBackend::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

sqlite3* SqliteBackend::handleOf(const QSqlDatabase& db)
{
    // Qt's SQLite driver links the system libsqlite3 (the same library as ours) and hands its handle out.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.data());
}

Result<OpenState> SqliteBackend::open(const OpenOptions& options)
{
    const QString path = this->path();
    const QFileInfo info(path);
    if (path.isEmpty()) {
        return Error{QString(), tr("No database file was given.")};
    }
    if (info.isDir()) {
        return Error{QString(), tr("%1 is a folder, not a database file.").arg(path)};
    }
    const bool existed = info.exists();
    if (!existed && !options.create) {
        return Error{QString(), tr("The database file %1 does not exist.").arg(path)};
    }
    if (!existed && !QFileInfo(info.absolutePath()).isDir()) {
        return Error{QString(), tr("The folder %1 does not exist.").arg(info.absolutePath())};
    }
    if (existed && !info.isReadable()) {
        return Error{QString(), tr("The file %1 cannot be read (no permission).").arg(path)};
    }
    // A new file is made for its owner only before SQLite opens it: SQLite gives its -wal and -shm files the
    // permissions of the database file. (An existing file's permissions are DatabaseWarnings's business.)
    if (!options.readOnly && (!existed || (info.size() == 0 && info.isWritable()))) {
        if (Status s = OwnerOnly::createFile(info.absoluteFilePath()); !s) {
            return s.error();
        }
    }
    m_location = DatabaseLocation::parse(info.absoluteFilePath()).value();
    addConnection(QStringLiteral("QSQLITE"));
    m_db.setDatabaseName(info.absoluteFilePath());
    OpenState state;
    // A file that cannot be written is opened for reading only, so that nothing tries (and half fails) to write.
    state.readOnly = options.readOnly || (existed && !info.isWritable());
    if (state.readOnly) {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open()) {
        return Error{QString(), tr("The database %1 could not be opened: %2").arg(path, m_db.lastError().text())};
    }
    if (Status s = checkAndMigrate(options, existed && info.size() > 0, &state); !s) {
        return s.error();
    }
    return state;
}

Status SqliteBackend::checkAndMigrate(const OpenOptions& options, bool existedBefore, OpenState* state)
{
    const QString path = this->path();
    // Read only, before any PRAGMA that writes (journal_mode=WAL changes the file header).
    const auto appId = readPragma(m_db, QStringLiteral("application_id"));
    const auto version = readPragma(m_db, QStringLiteral("user_version"));
    const auto tables = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !tables) {
        const QString reason = !appId     ? appId.error().message
                               : !version ? version.error().message
                                          : tables.error().message;
        return Error{
            QString(),
            tr("%1 is not an NTM Tracker database, or it is damaged (%2). Nothing was changed.").arg(path, reason)};
    }
    if (tables.value().toInt() > 0 && appId.value() != kApplicationId) {
        return Error{QString(),
                     tr("%1 is a database of another program, not of NTM Tracker. Nothing was changed.").arg(path)};
    }
    state->version = state->versionBefore = version.value();
    const int latest = Migrator::latestVersion();
    const int target = options.migrateTo < 0 ? latest : options.migrateTo;
    if (state->version > latest) {
        return Error{QString(), tr("%1 was made by a newer version of NTM Tracker (schema %2; this program knows up "
                                   "to %3). Update the program to open it. Nothing was changed.")
                                    .arg(path)
                                    .arg(state->version)
                                    .arg(latest)};
    }
    pragmas(m_db, {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"});
    if (!state->readOnly) {
        pragmas(m_db, {"PRAGMA journal_mode = WAL"});
    }
    pragmas(m_db, {"PRAGMA synchronous = NORMAL"});
    if (state->version >= target) {
        return {};
    }
    if (state->readOnly) {
        return Error{QString(), tr("%1 cannot be written to, and it was made by an older version of NTM Tracker that "
                                   "must be upgraded before it can be opened. Make the file writable, or copy it to "
                                   "a folder you can write to. Nothing was changed.")
                                    .arg(path)};
    }
    if (existedBefore && state->version > 0 && options.backupBeforeMigrate) {
        auto backup = backupBeforeUpgrade(state->version);
        if (!backup) {
            return backup.error();
        }
        state->backupPath = backup.value();
    }
    if (Status s = begin(0); !s) {
        return s;
    }
    if (state->version == 0) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); // sql-safe: ours
    }
    if (Status s = Migrator::migrate(m_db, state->version, target); !s) {
        m_db.rollback();
        return Error{QString(),
                     tr("Upgrading %1 failed; the file was left as it was. %2").arg(path, s.error().message)};
    }
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return Error{QString(), tr("Upgrading %1 failed; the file was left as it was. %2").arg(path, reason)};
    }
    state->version = target;
    return {};
}

Result<QString> SqliteBackend::backupBeforeUpgrade(int version)
{
    const QFileInfo info(path());
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".backup-v") +
                     QString::number(version) + QLatin1Char('-') + stamp + QStringLiteral(".ntm");
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target.replace(QStringLiteral(".ntm"), QStringLiteral("-%1.ntm").arg(n));
    }
    if (Status s = OwnerOnly::createFile(target); !s) {
        return Error{QString(), tr("Could not make a backup of %1 before upgrading it (%2); the file was not changed.")
                                    .arg(path(), s.error().message)};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return Error{QString(), tr("Could not make a backup of %1 before upgrading it (%2); the file was not changed.")
                                    .arg(path(), q.lastError().text())};
    }
    return target;
}

Status SqliteBackend::snapshotTo(const QString& target)
{
    // VACUUM INTO fills an empty file as it finds it, so the copy is the owner's only from its first byte.
    const QString file = QFileInfo(target).absoluteFilePath();
    if (Status s = OwnerOnly::createFile(file); !s) {
        return Error{QString(), tr("The backup to %1 failed: %2").arg(target, s.error().message)};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file);
    if (!q.exec()) {
        QFile::remove(file);
        return Error{QString(), tr("The backup to %1 failed: %2").arg(target, q.lastError().text())};
    }
    return {};
}

Status SqliteBackend::begin(int busyWaitMs)
{
    // The one place that waits for other programs: BEGIN IMMEDIATE takes the write lock at the start (so a
    // transaction never fails half-way because another one wrote meanwhile), SQLite's busy timeout waits up to 5 s
    // per attempt, and attempts are repeated, with a random pause, until busyWaitMs have passed.
    QString reason;
    QElapsedTimer waited;
    waited.start();
    while (!beginImmediate(&reason)) {
        const bool busy = reason.contains(QLatin1String("locked")) || reason.contains(QLatin1String("busy"));
        if (!busy || waited.elapsed() >= busyWaitMs) {
            if (busy) {
                return Error{QString(), tr("Another program (or another NTM Tracker window) has been saving a large "
                                           "change for %n second(s); nothing was changed. Try again when it has "
                                           "finished.",
                                           nullptr, static_cast<int>(waited.elapsed() / 1000))};
            }
            return Error{QString(), tr("Could not start a transaction: %1").arg(reason)};
        }
        QThread::msleep(10 + QRandomGenerator::global()->bounded(90));
    }
    return {};
}

bool SqliteBackend::beginImmediate(QString* reason)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return true;
    }
    const QSqlError e = q.lastError();
    *reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return false;
}

void SqliteBackend::setBusyWait(int milliseconds)
{
    // sql-safe: PRAGMA takes no parameters; an integer of ours
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::min(milliseconds, 5000)));
}

Result<QList<TableInfo>> SqliteBackend::tables()
{
    QSqlQuery names = sql::prepare(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                                        "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (Status s = sql::exec(names, tr("Reading the tables")); !s) {
        return s.error();
    }
    QList<TableInfo> out;
    while (names.next()) {
        out.append({names.value(0).toString(), {}, {}});
    }
    for (TableInfo& t : out) {
        QSqlQuery columns = sql::prepare(m_db, QStringLiteral("SELECT name, type, \"notnull\", pk FROM "
                                                              "pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(t.name);
        if (Status s = sql::exec(columns, tr("Reading the tables")); !s) {
            return s.error();
        }
        while (columns.next()) {
            // A primary key is never NULL on a server; SQLite allows it unless NOT NULL is said, and we never do.
            t.columns.append({columns.value(0).toString(), sqliteType(columns.value(1).toString()),
                              columns.value(2).toInt() != 0 || columns.value(3).toInt() != 0});
        }
        QSqlQuery keys = sql::prepare(m_db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?) "
                                                           "ORDER BY 1"));
        keys.addBindValue(t.name);
        if (Status s = sql::exec(keys, tr("Reading the tables")); !s) {
            return s.error();
        }
        while (keys.next()) {
            t.references.append(keys.value(0).toString());
        }
    }
    return out;
}

Result<QList<DeferredObject>> SqliteBackend::deferrableObjects(const QString& table)
{
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                    "AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
    q.addBindValue(table);
    if (Status s = sql::exec(q, tr("Reading the indexes")); !s) {
        return s.error();
    }
    // Constraint indexes (primary keys, UNIQUE columns) have no SQL of their own and are kept.
    QList<DeferredObject> out;
    while (q.next()) {
        // sql-safe: the index name is the database's own (read from sqlite_master above), never data
        out.append({QStringLiteral("DROP INDEX \"%1\"").arg(q.value(0).toString()), q.value(1).toString()});
    }
    return out;
}

void SqliteBackend::tuneForBulkLoad(BulkLoad level)
{
    switch (level) {
    case BulkLoad::Import: {
        // The indexes of a big import (ids are random UUIDs) no longer fit SQLite's default 2 MB page cache, and
        // every miss is a read from the file.
        const auto current = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
        m_cacheBefore = current ? current.value().toLongLong() : -2000;
        pragmas(m_db, {"PRAGMA cache_size = -262144"});
        return;
    }
    case BulkLoad::NewDatabase:
        // A file nobody else sees yet: no fsync, the rollback journal in memory (a cancel still rolls back), no
        // foreign-key lookups per row (the writer writes every reference itself; tests run foreign_key_check).
        pragmas(m_db, {"PRAGMA journal_mode = MEMORY", "PRAGMA synchronous = OFF", "PRAGMA foreign_keys = OFF",
                       "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"});
        m_newDatabase = true;
        return;
    case BulkLoad::Normal:
        if (m_newDatabase) {
            pragmas(m_db, {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA journal_mode = WAL"});
            m_newDatabase = false;
        }
        if (m_cacheBefore != 0) {
            // sql-safe: PRAGMA takes no parameters; the number is the one SQLite reported
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheBefore));
            m_cacheBefore = 0;
        }
        return;
    }
}

QString SqliteBackend::valueList(ValueType) const
{
    return QStringLiteral("json_each(?)");
}

QString SqliteBackend::jsonText(const QString& column, const QString& key) const
{
    // sql-safe: the column and key are the program's own constants
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

std::unique_ptr<RowSource> SqliteBackend::rows(const QString& statement)
{
    return std::make_unique<SqliteRows>(handleOf(m_db), statement);
}

std::unique_ptr<BulkTable> SqliteBackend::bulkTable(const QString& table, const QStringList& columns)
{
    return std::make_unique<SqliteBulkTable>(handleOf(m_db), table, columns);
}

Status SqliteBackend::flushBulk(const QList<BulkTable*>&)
{
    return {}; // every row was written by its run()
}

} // namespace ntm::core
