// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ntm::core {

class Database;

/// One backup of a database file.
struct BackupInfo
{
    enum class Kind
    {
        Daily,
        BeforeUpgrade,
        BeforeRestore
    };
    QString path;
    Kind kind = Kind::Daily;
    QDateTime made; ///< local time, from the name (the file's time when the name has none)
    qint64 size = 0;
};

/// A restore made ready while the database is still open (Backups::prepareRestore).
struct PreparedRestore
{
    QString replacement; ///< the backup's copy that will replace the database file
    QString safetyCopy;  ///< the database as it was before the restore
};

/// Automatic rolling backups and restoring them (docs/security.md, "Backups").
///
/// - Before each upgrade (Database::open): NAME.backup-vN-YYYYMMDD-HHMMSS.ntm beside the file, kept.
/// - One per day of use: NAME.backups/NAME-YYYY-MM-DD.ntm, kept for a number of days (set in Settings).
/// - Before a restore: NAME.backups/NAME-before-restore-YYYYMMDD-HHMMSS.ntm, kept.
/// All are made with SQLite's VACUUM INTO: a consistent copy while the database stays open.
///
/// Restoring takes two steps around closing the database: prepareRestore() (administrators only) checks the
/// backup, makes the safety copy and a copy of the backup that records the restore in its audit log; after the
/// caller closed the database, replace() puts that copy in place, refusing while another program has the file
/// open. The caller then opens the file again.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::Backups)

public:
    static constexpr int kDefaultKeepDays = 14;

    /// The folder of the daily and before-restore backups of a database file.
    static QString folderFor(const QString& databasePath);
    /// Makes today's backup unless there is one, and removes daily backups older than `keepDays` days.
    /// Returns the new backup's path, or empty when none was needed (or the file is read-only).
    static Result<QString> makeDaily(Database& db, int keepDays, const QDate& today = QDate::currentDate());
    /// Every backup of the file, newest first.
    static QList<BackupInfo> list(const QString& databasePath);
    /// Whether a file can be restored: an NTM Tracker database, not damaged, not of a newer version.
    static Status check(const QString& backupPath);

    static Result<PreparedRestore> prepareRestore(Database& db, const QString& backupPath);
    /// Replaces the (closed) database file with the prepared copy.
    static Status replace(const QString& databasePath, const PreparedRestore& prepared);
    /// Gives up a prepared restore (removes the copy; the safety copy stays).
    static void discard(const PreparedRestore& prepared);
};

} // namespace ntm::core
