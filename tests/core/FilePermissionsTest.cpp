// SPDX-License-Identifier: GPL-3.0-or-later
// Who may read the files (docs/security.md): databases, their WAL, backups, copies and packages are made for their
// owner only whatever the umask; an existing database open to others is tightened or reported.
#include "TestSupport.h"

#include "db/Backups.h"
#include "db/DatabaseCopier.h"
#include "db/DatabaseWarnings.h"
#include "db/OwnerOnly.h"
#include "package/PackageExporter.h"
#include "package/PackageScope.h"
#include "service/OfficialService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace ntm::core;
using namespace ntm::test;

namespace {
void setMode(const QString& path, int mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) == 0);
}

void addOfficial(Database& db, const QString& name)
{
    Official o;
    o.fullName = name;
    REQUIRE(OfficialService(db).create(o).ok());
}
} // namespace

TEST_CASE("A new database, its write-ahead log and every backup are for their owner only under umask 022",
          "[file][permissions]")
{
    const ScopedUmask umask(022);
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("tinh.ntm"));
    auto db = openDb(path);
    addOfficial(*db, QStringLiteral("Bùi Ngọc Nhật"));
    CHECK(modeOf(path) == 0600);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK(DatabaseWarnings::check(*db).isEmpty());

    const auto daily = Backups::makeDaily(*db, 14);
    REQUIRE(daily.ok());
    CHECK(modeOf(Backups::folderFor(path)) == 0700);
    CHECK(modeOf(daily.value()) == 0600);

    const QString backup = tmp.path(QStringLiteral("sao-luu.ntm")); // File > Back up
    REQUIRE(db->backupTo(backup).ok());
    CHECK(modeOf(backup) == 0600);

    const QString copy = tmp.path(QStringLiteral("ban-sao.ntm")); // ntm-cli copy to a file
    REQUIRE(DatabaseCopier::copy(*db, copy, {}).ok());
    CHECK(modeOf(copy) == 0600);

    const auto prepared = Backups::prepareRestore(*db, backup);
    REQUIRE(prepared.ok());
    CHECK(modeOf(prepared.value().safetyCopy) == 0600);
    CHECK(modeOf(prepared.value().replacement) == 0600);
    db.reset();
    REQUIRE(Backups::replace(path, prepared.value()).ok());
    CHECK(modeOf(path) == 0600); // the restored database
}

TEST_CASE("The backup made before an upgrade is for its owner only", "[file][permissions]")
{
    const ScopedUmask umask(022);
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("cu.ntm"));
    {
        Database::Options v3;
        v3.migrateTo = 3;
        REQUIRE(Database::open(path, v3).ok());
    }
    auto db = openDb(path);
    REQUIRE_FALSE(db->backupPath().isEmpty());
    CHECK(modeOf(db->backupPath()) == 0600);
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("An exchange package is for its owner only unless the user makes it readable by all",
          "[file][permissions][package]")
{
    const ScopedUmask umask(022);
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("tinh.ntm")));
    addOfficial(*db, QStringLiteral("Phạm Tiến Nam"));
    const auto scope = PackageScope::database(*db);
    REQUIRE(scope.ok());

    const QString own = tmp.path(QStringLiteral("goi.json"));
    REQUIRE(PackageExporter(*db).write(own, scope.value()).ok());
    CHECK(modeOf(own) == 0600);

    // A package replacing an older one that others could read is the owner's only afterwards.
    setMode(own, 0644);
    REQUIRE(PackageExporter(*db).write(own, scope.value()).ok());
    CHECK(modeOf(own) == 0600);

    CHECK_FALSE(QFileInfo::exists(own + QStringLiteral(".part")));
    REQUIRE(OwnerOnly::makeReadableByAll(own)); // the user's choice ("Readable by other users", --readable-by-all)
    CHECK(modeOf(own) == 0644);
}

TEST_CASE("Folders made for the data are the owner's only, and folders already there are left alone",
          "[file][permissions]")
{
    const ScopedUmask umask(022);
    TempFolder tmp;
    const QString existing = tmp.path(QStringLiteral("chung"));
    REQUIRE(QDir().mkdir(existing));
    setMode(existing, 0755);
    const QString deep = existing + QStringLiteral("/a/b");
    REQUIRE(OwnerOnly::makeFolder(deep));
    CHECK(modeOf(existing) == 0755);
    CHECK(modeOf(existing + QStringLiteral("/a")) == 0700);
    CHECK(modeOf(deep) == 0700);
    CHECK(OwnerOnly::makeFolder(deep)); // already there: fine

    QFile file(tmp.path(QStringLiteral("tep")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    CHECK_FALSE(OwnerOnly::makeFolder(file.fileName() + QStringLiteral("/con"))); // a file is in the way
}

TEST_CASE("An existing database open to others is made its owner's only when opened in a folder of their own",
          "[file][permissions]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("cu.ntm"));
    {
        auto db = openDb(path);
        addOfficial(*db, QStringLiteral("Bùi Ngọc Nhật"));
        REQUIRE(Backups::makeDaily(*db, 14).ok());
    }
    // As an earlier version left them under umask 022.
    const QString folder = Backups::folderFor(path);
    const QString daily = Backups::list(path).constFirst().path;
    setMode(path, 0644);
    setMode(folder, 0755);
    setMode(daily, 0644);

    auto db = openDb(path);
    CHECK(modeOf(path) == 0644); // opening alone changes nothing
    const QStringList warnings = DatabaseWarnings::check(*db);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.constFirst().contains(QStringLiteral("readable by you only")));
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(daily) == 0600);
    db.reset();

    auto again = openDb(path);
    CHECK(DatabaseWarnings::check(*again).isEmpty()); // said once: nothing left to tighten
    again.reset();

    // The owner's own permissions are kept: a read-only file stays read-only.
    setMode(path, 0444);
    Database::Options readOnly;
    readOnly.create = false;
    readOnly.readOnly = true; // (root, who runs CI, may write any file: its permissions would not make it read-only)
    auto kept = Database::open(path, readOnly);
    REQUIRE(kept.ok());
    CHECK(DatabaseWarnings::check(*kept.value()).size() == 1);
    CHECK(modeOf(path) == 0400);
}

TEST_CASE("A database in a folder shared with others is left as it is, with a warning", "[file][permissions]")
{
    TempFolder tmp;
    const QString shared = tmp.path(QStringLiteral("phong"));
    REQUIRE(QDir().mkdir(shared));
    const QString path = shared + QStringLiteral("/chung.ntm");
    openDb(path).reset();
    setMode(path, 0664);
    setMode(shared, 0775); // the office's group may write here: the file is shared on purpose

    auto db = openDb(path);
    const QStringList warnings = DatabaseWarnings::check(*db);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.constFirst().contains(QStringLiteral("folder is shared")));
    CHECK(modeOf(path) == 0664);
}

TEST_CASE("A new database is made in an empty file the user prepared, for the owner only", "[file][permissions]")
{
    const ScopedUmask umask(022);
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("moi.ntm"));
    QFile empty(path);
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    setMode(path, 0644);
    auto db = openDb(path);
    CHECK(modeOf(path) == 0600); // restricted before anything was written into it
    CHECK(DatabaseWarnings::check(*db).isEmpty());
}
