// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "db/Migrator.h"
#include "db/Sql.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace ntm::core {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ntm-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user.isEmpty() ? QStringLiteral("owner") : user;
}

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
} // namespace

Database::Database(QSqlDatabase db, QString path, QString connection)
    : m_db(std::move(db)), m_path(std::move(path)), m_connection(std::move(connection)),
      m_actor(Actor::owner(defaultActor()))
{
}

Database::~Database()
{
    if (m_db.isOpen()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
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
    const QString connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    // A file that cannot be written is opened for reading only, so that nothing tries (and half fails) to write.
    const bool readOnly = options.readOnly || (existed && !info.isWritable());
    if (readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    std::unique_ptr<Database> result(new Database(db, info.absoluteFilePath(), connection));
    result->m_readOnly = readOnly;
    if (!result->m_db.open()) {
        return Error{QString(), tr("The database %1 could not be opened: %2").arg(path, db.lastError().text())};
    }
    if (Status s = result->checkAndMigrate(options, existed && info.size() > 0); !s) {
        return s.error();
    }
    if (result->hasAccounts()) {
        result->m_actor = Actor::nobody();
    }
    return result;
}

bool Database::hasAccounts()
{
    if (m_version < 3) {
        return false;
    }
    const auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM app_user WHERE active = 1"));
    // Unreadable means "cannot tell": treat it as having accounts, so nothing is allowed without signing in.
    return !n || n.value().toInt() > 0;
}

void Database::setBusyWait(int milliseconds)
{
    m_busyWaitMs = std::max(0, milliseconds);
    // sql-safe: PRAGMA takes no parameters; an integer of ours
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::min(m_busyWaitMs, 5000)));
}

Status Database::checkAndMigrate(const Options& options, bool existedBefore)
{
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
            tr("%1 is not an NTM Tracker database, or it is damaged (%2). Nothing was changed.").arg(m_path, reason)};
    }
    const int tableCount = tables.value().toInt();
    if (tableCount > 0 && appId.value() != kApplicationId) {
        return Error{QString(),
                     tr("%1 is a database of another program, not of NTM Tracker. Nothing was changed.").arg(m_path)};
    }
    m_version = version.value();
    const int latest = Migrator::latestVersion();
    const int target = options.migrateTo < 0 ? latest : options.migrateTo;
    if (m_version > latest) {
        return Error{QString(), tr("%1 was made by a newer version of NTM Tracker (schema %2; this program knows up "
                                   "to %3). Update the program to open it. Nothing was changed.")
                                    .arg(m_path)
                                    .arg(m_version)
                                    .arg(latest)};
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!m_readOnly) {
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (m_version >= target) {
        return {};
    }
    if (m_readOnly) {
        return Error{QString(), tr("%1 cannot be written to, and it was made by an older version of NTM Tracker that "
                                   "must be upgraded before it can be opened. Make the file writable, or copy it to "
                                   "a folder you can write to. Nothing was changed.")
                                    .arg(m_path)};
    }
    if (existedBefore && m_version > 0 && options.backupBeforeMigrate) {
        if (Status s = backup(); !s) {
            return s;
        }
    }
    if (Status s = begin(); !s) {
        return s;
    }
    if (m_version == 0) {
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); // sql-safe: our constant
    }
    if (Status s = Migrator::migrate(m_db, m_version, target); !s) {
        rollback();
        return Error{QString(),
                     tr("Upgrading %1 failed; the file was left as it was. %2").arg(m_path, s.error().message)};
    }
    if (Status s = commit(); !s) {
        return s;
    }
    m_version = target;
    return {};
}

Status Database::backup()
{
    const QFileInfo info(m_path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".backup-v") +
                     QString::number(m_version) + QLatin1Char('-') + stamp + QStringLiteral(".ntm");
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target.replace(QStringLiteral(".ntm"), QStringLiteral("-%1.ntm").arg(n));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        return Error{QString(), tr("Could not make a backup of %1 before upgrading it (%2); the file was not changed.")
                                    .arg(m_path, q.lastError().text())};
    }
    m_backupPath = target;
    return {};
}

Status Database::backupTo(const QString& target)
{
    const QFileInfo info(target);
    if (info.exists()) {
        return Error{QString(), tr("%1 already exists; choose a new name for the backup.").arg(target)};
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Error{QString(), tr("The folder %1 does not exist.").arg(info.absolutePath())};
    }
    if (inTransaction()) {
        return Error{QString(), tr("A change is still being saved; try the backup again in a moment.")};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(info.absoluteFilePath());
    if (!q.exec()) {
        QFile::remove(info.absoluteFilePath());
        return Error{QString(), tr("The backup to %1 failed: %2").arg(target, q.lastError().text())};
    }
    return {};
}

Status Database::begin()
{
    if (m_depth++ > 0) {
        return {};
    }
    m_failed = false;
    if (m_readOnly) {
        m_depth = 0;
        return Error{QString(), tr("%1 cannot be written to (the file or its folder is read-only): nothing was "
                                   "changed. To work on it, make it writable or copy it to a folder you can write to.")
                                    .arg(m_path)};
    }
    QString reason;
    if (m_db.driverName() != QLatin1String("QSQLITE")) {
        if (m_db.transaction()) {
            return {};
        }
        reason = m_db.lastError().text();
    } else {
        // The one place that waits for other programs: BEGIN IMMEDIATE takes the write lock at the start (so a
        // transaction never fails half-way because another one wrote meanwhile), SQLite's busy timeout waits up
        // to 5 s per attempt, and attempts are repeated, with a random pause, until m_busyWaitMs have passed.
        QElapsedTimer waited;
        waited.start();
        while (!beginImmediate(&reason)) {
            const bool busy = reason.contains(QLatin1String("locked")) || reason.contains(QLatin1String("busy"));
            if (!busy || waited.elapsed() >= m_busyWaitMs) {
                m_depth = 0;
                if (busy) {
                    return Error{QString(), tr("Another program (or another NTM Tracker window) has been saving a "
                                               "large change for %n second(s); nothing was changed. Try again when "
                                               "it has finished.",
                                               nullptr, static_cast<int>(waited.elapsed() / 1000))};
                }
                return Error{QString(), tr("Could not start a transaction: %1").arg(reason)};
            }
            QThread::msleep(10 + QRandomGenerator::global()->bounded(90));
        }
        return {};
    }
    m_depth = 0;
    return Error{QString(), tr("Could not start a transaction: %1").arg(reason)};
}

bool Database::beginImmediate(QString* reason)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return true;
    }
    const QSqlError e = q.lastError();
    *reason = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return false;
}

Status Database::commit()
{
    if (m_depth <= 0) {
        return Error{QString(), tr("Commit without a transaction")};
    }
    if (--m_depth > 0) {
        return {};
    }
    if (m_failed) {
        m_db.rollback();
        return Error{QString(), tr("The change was undone because part of it failed.")};
    }
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return Error{QString(), tr("Could not save the change: %1").arg(reason)};
    }
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0) {
        return;
    }
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    m_db.rollback();
}

} // namespace ntm::core
