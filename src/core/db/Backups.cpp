// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Backups.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/OwnerOnly.h"
#include "store/AuditLog.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace ntm::core {

namespace {
/// A plain SQLite connection for looking at a file without the checks and upgrades of Database::open.
class RawConnection
{
public:
    RawConnection(const QString& path, bool readOnly)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("ntm-raw-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    /// The first column of the first row, or an invalid QVariant.
    QVariant value(const QString& statement) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(statement) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    bool m_open = false;
};

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString partPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".restore-part");
}
} // namespace

QString Backups::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".backups");
}

Result<QString> Backups::makeDaily(Database& db, int keepDays, const QDate& today)
{
    if (db.isReadOnly() || db.isServer()) {
        return QString(); // a server is backed up by its administrators (pg_dump, docs/server.md)
    }
    const QString folder = folderFor(db.path());
    if (!OwnerOnly::makeFolder(folder)) {
        return Error{QString(), tr("Could not create the backup folder %1.").arg(folder)};
    }
    const QString name = baseName(db.path());
    const QString target =
        folder + QLatin1Char('/') + name + QLatin1Char('-') + today.toString(Qt::ISODate) + QStringLiteral(".ntm");
    QString made;
    if (!QFileInfo::exists(target)) {
        if (Status s = db.backupTo(target); !s) {
            return s.error();
        }
        made = target;
    }
    const QDate oldest = today.addDays(1 - std::max(1, keepDays));
    for (const BackupInfo& b : list(db.path())) {
        if (b.kind == BackupInfo::Kind::Daily && b.made.date() < oldest) {
            QFile::remove(b.path);
        }
    }
    return made;
}

QList<BackupInfo> Backups::list(const QString& databasePath)
{
    const QString name = QRegularExpression::escape(baseName(databasePath));
    const QRegularExpression daily(QStringLiteral("^") + name + QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})\\.ntm$"));
    const QRegularExpression restore(QStringLiteral("^") + name +
                                     QStringLiteral("-before-restore-(\\d{8}-\\d{6})\\.ntm$"));
    const QRegularExpression upgrade(QStringLiteral("^") + name +
                                     QStringLiteral("\\.backup-v\\d+-(\\d{8}-\\d{6})(-\\d+)?\\.ntm$"));
    QList<BackupInfo> out;
    auto scan = [&](const QString& folder, const QList<std::pair<const QRegularExpression*, BackupInfo::Kind>>& kinds) {
        const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.ntm")}, QDir::Files);
        for (const QFileInfo& f : files) {
            for (const auto& [pattern, kind] : kinds) {
                const auto m = pattern->match(f.fileName());
                if (!m.hasMatch()) {
                    continue;
                }
                BackupInfo b;
                b.path = f.absoluteFilePath();
                b.kind = kind;
                b.size = f.size();
                b.made = kind == BackupInfo::Kind::Daily
                             ? QDateTime(QDate::fromString(m.captured(1), Qt::ISODate), QTime(0, 0))
                             : QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
                if (kind == BackupInfo::Kind::Daily && f.lastModified().date() == b.made.date()) {
                    b.made = f.lastModified(); // the time of day it was made, when known
                }
                if (!b.made.isValid()) {
                    b.made = f.lastModified();
                }
                out.append(b);
            }
        }
    };
    scan(folderFor(databasePath), {{&daily, BackupInfo::Kind::Daily}, {&restore, BackupInfo::Kind::BeforeRestore}});
    scan(QFileInfo(databasePath).absolutePath(), {{&upgrade, BackupInfo::Kind::BeforeUpgrade}});
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.made > b.made; });
    return out;
}

Status Backups::check(const QString& backupPath)
{
    if (!QFileInfo::exists(backupPath)) {
        return Error{QString(), tr("The backup %1 does not exist.").arg(backupPath)};
    }
    const RawConnection raw(backupPath, true);
    const QVariant appId = raw.value(QStringLiteral("PRAGMA application_id"));
    const QVariant version = raw.value(QStringLiteral("PRAGMA user_version"));
    if (!raw.isOpen() || !appId.isValid() || appId.toInt() != Database::kApplicationId) {
        return Error{QString(), tr("%1 is not a backup of an NTM Tracker database, or it is damaged.").arg(backupPath)};
    }
    if (version.toInt() > Migrator::latestVersion()) {
        return Error{
            QString(),
            tr("%1 was made by a newer version of NTM Tracker; update the program to restore it.").arg(backupPath)};
    }
    if (raw.value(QStringLiteral("PRAGMA quick_check")).toString() != QLatin1String("ok")) {
        return Error{QString(), tr("The backup %1 is damaged; choose another one.").arg(backupPath)};
    }
    return {};
}

Result<PreparedRestore> Backups::prepareRestore(Database& db, const QString& backupPath)
{
    if (Status s = AccessGuard(db).requireKind(RecordKind::Backup); !s) {
        return s.error();
    }
    if (QFileInfo(backupPath).absoluteFilePath() == db.path()) {
        return Error{QString(), tr("Choose a backup, not the database itself.")};
    }
    if (Status s = check(backupPath); !s) {
        return s.error();
    }
    const QString folder = folderFor(db.path());
    if (!OwnerOnly::makeFolder(folder)) {
        return Error{QString(), tr("Could not create the backup folder %1.").arg(folder)};
    }
    PreparedRestore prepared;
    prepared.safetyCopy = folder + QLatin1Char('/') + baseName(db.path()) + QStringLiteral("-before-restore-") +
                          stamp() + QStringLiteral(".ntm");
    if (Status s = db.backupTo(prepared.safetyCopy); !s) {
        return s.error();
    }
    prepared.replacement = partPath(db.path());
    if (Status s = OwnerOnly::copyFile(backupPath, prepared.replacement); !s) {
        return Error{QString(), tr("Could not copy the backup next to the database (is the disk full?). Nothing was "
                                   "changed.")};
    }
    // The restored file's own audit log records who restored what, and where the replaced data went.
    Database::Options options;
    options.create = false;
    options.backupBeforeMigrate = false; // the backup itself stays as it is
    auto copy = Database::open(prepared.replacement, options);
    if (!copy) {
        discard(prepared);
        return copy.error();
    }
    copy.value()->setActor(db.actor());
    const nlohmann::json what = {{"restored_from", QFileInfo(backupPath).fileName().toStdString()},
                                 {"safety_copy", QFileInfo(prepared.safetyCopy).fileName().toStdString()}};
    if (Status s = AuditLog(*copy.value())
                       .record(QStringLiteral("bulk"), QStringLiteral("database"), QString(), QString(),
                               QString::fromStdString(what.dump()));
        !s) {
        copy = Error{};
        discard(prepared);
        return s.error();
    }
    return prepared;
}

Status Backups::replace(const QString& databasePath, const PreparedRestore& prepared)
{
    {
        // Leaving WAL mode needs the only connection to the file: it fails while another program has it open, and
        // it folds the write-ahead log into the file, so no stale -wal is left to be applied to the restored one.
        const RawConnection raw(databasePath, false);
        if (!raw.isOpen() ||
            raw.value(QStringLiteral("PRAGMA journal_mode = DELETE")).toString().toLower() != QLatin1String("delete")) {
            return Error{QString(), tr("The database is open in another program (another NTM Tracker window or "
                                       "computer); close it there and restore again. Nothing was changed.")};
        }
    }
    if (std::rename(QFile::encodeName(prepared.replacement).constData(), QFile::encodeName(databasePath).constData()) !=
        0) {
        return Error{QString(), tr("Could not put the backup in place of %1. Nothing was changed.").arg(databasePath)};
    }
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    return {};
}

void Backups::discard(const PreparedRestore& prepared)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(prepared.replacement + suffix);
    }
}

} // namespace ntm::core
