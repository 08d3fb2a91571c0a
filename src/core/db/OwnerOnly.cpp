// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/OwnerOnly.h"

#include "db/Backups.h"
#include "util/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ntm::core {

namespace {
constexpr QFileDevice::Permissions kOwnerBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthersBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

Status OwnerOnly::createFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir() || info.size() > 0) {
            return Error{QString(), tr("%1 already exists.").arg(QDir::toNativeSeparators(path))};
        }
        if (hasModes() && !QFile::setPermissions(path, kFile)) {
            return Error{QString(), tr("%1 cannot be made readable by its owner only (is it another user's file?).")
                                        .arg(QDir::toNativeSeparators(path))};
        }
        return {};
    }
    QFile file(path);
    if (!openNew(file)) {
        return Error{QString(), tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

bool OwnerOnly::openNew(QFile& file)
{
    if (QFileInfo::exists(file.fileName()) && !QFile::remove(file.fileName())) {
        return false;
    }
    if (!hasModes()) {
        return file.open(QIODevice::WriteOnly | QIODevice::NewOnly); // access is the folder's (Windows)
    }
    // Created with these permissions (less what the umask takes away), so it is never readable by others, not
    // even before the line below sets them exactly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFile)) {
        return false;
    }
    file.setPermissions(kFile);
    return true;
}

Status OwnerOnly::copyFile(const QString& from, const QString& to)
{
    QFile in(from);
    QFile out(to);
    QString reason;
    if (!in.open(QIODevice::ReadOnly)) {
        reason = in.errorString();
    } else if (!openNew(out)) {
        reason = out.errorString();
    } else {
        QByteArray chunk;
        while (reason.isEmpty() && !(chunk = in.read(1 << 20)).isEmpty()) {
            if (out.write(chunk) != chunk.size()) {
                reason = out.errorString();
            }
        }
        if (reason.isEmpty() && in.error() != QFileDevice::NoError) {
            reason = in.errorString();
        }
        if (reason.isEmpty() && !out.flush()) {
            reason = out.errorString();
        }
    }
    if (reason.isEmpty()) {
        return {};
    }
    if (out.isOpen()) {
        out.close();
        out.remove();
    }
    return Error{
        QString(),
        tr("Could not copy %1 to %2: %3").arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), reason)};
}

bool OwnerOnly::makeFolder(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at);) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at) {
            break;
        }
        at = parent;
    }
    for (const QString& folder : std::as_const(missing)) {
        if (hasModes() ? QDir().mkdir(folder, kFolder) : QDir().mkdir(folder)) {
            QFile::setPermissions(folder, kFolder);
        } else if (!QFileInfo(folder).isDir()) {
            return false;
        }
    }
    return QFileInfo(absolute).isDir();
}

bool OwnerOnly::makeReadableByAll(const QString& path)
{
    return QFile::setPermissions(path, kReadableByAll);
}

bool OwnerOnly::restrict(const QString& path)
{
    return QFile::setPermissions(path, QFileInfo(path).permissions() & kOwnerBits);
}

bool OwnerOnly::isOpenToOthers(const QString& path)
{
    return (QFileInfo(path).permissions() & kOthersBits) != 0;
}

bool OwnerOnly::isOwnFile(const QString& path)
{
    const auto user = Platform::userId();
    return user && QFileInfo(path).ownerId() == *user;
}

bool OwnerOnly::hasModes()
{
    return Platform::userId().has_value();
}

QString OwnerOnly::secureExisting(const QString& databasePath)
{
    if (!hasModes()) {
        return {}; // no POSIX permissions here (Windows): a file's access is its folder's
    }
    const QFileInfo info(databasePath);
    const QString file = info.absoluteFilePath();
    QStringList paths{file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm"), Backups::folderFor(file)};
    for (const BackupInfo& b : Backups::list(file)) {
        paths.append(b.path);
    }
    QStringList open;
    for (const QString& p : std::as_const(paths)) {
        if (QFileInfo::exists(p) && isOpenToOthers(p)) {
            open.append(p);
        }
    }
    if (open.isEmpty()) {
        return {};
    }
    const QString shown = QDir::toNativeSeparators(file);
    if (!isOwnFile(file)) {
        return tr("%1 can be read by other users of this computer; only its owner (%2) can change that.")
            .arg(shown, info.owner());
    }
    if (QFileInfo(info.absolutePath()).permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
        return tr("%1 can be read by other users of this computer. It was left as it is because its folder is shared "
                  "with them; if that is not intended, move the file to a folder of your own.")
            .arg(shown);
    }
    bool all = true;
    for (const QString& p : std::as_const(open)) {
        all = isOwnFile(p)&& restrict(p) && all;
    }
    return all ? tr("%1 could be read by other users of this computer; NTM Tracker made it and its backups readable "
                    "by you only.")
                     .arg(shown)
               : tr("%1 or some of its backups can be read by other users of this computer, and NTM Tracker could "
                    "not change that.")
                     .arg(shown);
}

} // namespace ntm::core
