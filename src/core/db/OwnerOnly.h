// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

class QFile;

namespace ntm::core {

/// Who may read the files that hold the data: the one place of that rule (docs/security.md, "Who may read the
/// files").
///
/// A database file, its write-ahead log, every backup and copy of it, every exchange package and every folder the
/// program makes for them are created for their owner only: files 0600, folders 0700, whatever the process umask
/// (which can only take permissions away, so the file never is readable by others, not even for a moment; SQLite
/// gives the -wal and -shm files the permissions of the database file). Reports (PDF, .xlsx, CSV) are documents
/// meant to be passed on and keep the usual permissions.
///
/// An existing database opened with looser permissions is tightened when that cannot take anything away from
/// anyone: see secureExisting(), which DatabaseWarnings runs when the app or ntm-cli opens a database.
class OwnerOnly final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::OwnerOnly)

public:
    static constexpr QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions kFolder = kFile | QFileDevice::ExeOwner;
    /// A file the user chose to share with the other users of the computer (an exchange package): 0644.
    static constexpr QFileDevice::Permissions kReadableByAll = kFile | QFileDevice::ReadGroup | QFileDevice::ReadOther;

    /// Creates the empty file `path` for its owner only, for SQLite to fill (a new database, VACUUM INTO). An empty
    /// file already there (one the user made for us) is restricted instead; any other existing file is an error.
    static Status createFile(const QString& path);
    /// Opens `file` for writing as a new file for its owner only, replacing a file of that name (a stale part).
    static bool openNew(QFile& file);
    /// Copies `from` into the new file `to`, made for its owner only (nothing is left at `to` on failure).
    static Status copyFile(const QString& from, const QString& to);
    /// Creates the folder `path` and any missing parent for their owner only; folders that exist stay as they are.
    static bool makeFolder(const QString& path);

    /// The user chose to share a file the program wrote for its owner only (an exchange package, "Readable by other
    /// users of this computer", `ntm-cli export --readable-by-all`): 0644. False when it could not be changed.
    static bool makeReadableByAll(const QString& path);
    /// Removes the group's and the others' permissions of a file or folder, keeping the owner's own (a read-only
    /// file stays read-only). False when they could not be changed.
    static bool restrict(const QString& path);
    /// True when a group or other users have any permission on the file or folder.
    static bool isOpenToOthers(const QString& path);

    /// An existing database file about to be opened. When it, its -wal or -shm file, its backups or its backup
    /// folder are open to other users, and this user owns the file and its folder is not shared (neither the group
    /// nor others may write in it), they are restricted to the owner. Otherwise they are left as they are: another
    /// user's file, or one in a folder shared on purpose (a group's folder, /tmp), is not ours to change.
    /// Returns what the user should be told (empty when there was nothing to say).
    static QString secureExisting(const QString& databasePath);

private:
    static bool isOwnFile(const QString& path);
    /// Files have a POSIX owner and mode here (not on Windows, where a file's access is its folder's ACL).
    static bool hasModes();
};

} // namespace ntm::core
