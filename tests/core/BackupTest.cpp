// SPDX-License-Identifier: GPL-3.0-or-later
// Rolling backups (one per day of use, kept N days) and restoring one (after a safety copy of the current file).
#include "TestSupport.h"

#include "db/Backups.h"
#include "db/Sql.h"
#include "service/OfficialService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace ntm::core;
using namespace ntm::test;

namespace {
void addOfficial(Database& db, const QString& name)
{
    Official o;
    o.fullName = name;
    REQUIRE(OfficialService(db).create(o).ok());
}

QStringList officialNames(Database& db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT full_name FROM official ORDER BY full_name"));
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}
} // namespace

TEST_CASE("One backup per day of use, kept for the days set", "[backup][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("tinh.ntm"));
    auto db = openDb(path);
    addOfficial(*db, QStringLiteral("Bùi Ngọc Nhật"));
    const QDate day(2026, 3, 2);
    const auto first = Backups::makeDaily(*db, 3, day);
    REQUIRE(first.ok());
    CHECK(first.value() == Backups::folderFor(path) + QStringLiteral("/tinh-2026-03-02.ntm"));
    CHECK(Backups::makeDaily(*db, 3, day).value().isEmpty()); // the same day: nothing new
    for (int d = 1; d <= 4; ++d) {
        REQUIRE(Backups::makeDaily(*db, 3, day.addDays(d)).ok());
    }
    QStringList kept;
    for (const BackupInfo& b : Backups::list(path)) {
        CHECK(b.kind == BackupInfo::Kind::Daily);
        CHECK(b.size > 0);
        kept.append(QFileInfo(b.path).fileName());
    }
    // Newest first; the three days up to 6/3 are kept.
    CHECK(kept == QStringList{QStringLiteral("tinh-2026-03-06.ntm"), QStringLiteral("tinh-2026-03-05.ntm"),
                              QStringLiteral("tinh-2026-03-04.ntm")});
    CHECK(Backups::check(Backups::list(path).constFirst().path).ok());
}

TEST_CASE("The list shows the backups made before an upgrade too", "[backup][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("cu.ntm"));
    {
        Database::Options v3;
        v3.migrateTo = 3;
        REQUIRE(Database::open(path, v3).ok());
    }
    auto db = openDb(path);
    REQUIRE_FALSE(db->backupPath().isEmpty());
    const QList<BackupInfo> all = Backups::list(path);
    REQUIRE(all.size() == 1);
    CHECK(all.constFirst().kind == BackupInfo::Kind::BeforeUpgrade);
    CHECK(all.constFirst().path == db->backupPath());
    CHECK(all.constFirst().made.date() == QDate::currentDate());
}

TEST_CASE("Restoring a backup keeps a copy of the current file and records the restore", "[backup][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("tinh.ntm"));
    auto db = openDb(path);
    addOfficial(*db, QStringLiteral("Bùi Ngọc Nhật"));
    const QString backup = Backups::makeDaily(*db, 14).value();
    addOfficial(*db, QStringLiteral("Phạm Tiến Nam"));

    const auto prepared = Backups::prepareRestore(*db, backup);
    REQUIRE(prepared.ok());
    db.reset();
    REQUIRE(Backups::replace(path, prepared.value()).ok());
    db = openDb(path);
    CHECK(officialNames(*db) == QStringList{QStringLiteral("Bùi Ngọc Nhật")});
    QSqlQuery q(db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT action, table_name, after_json FROM audit_log ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("bulk"));
    CHECK(q.value(1).toString() == QStringLiteral("database"));
    CHECK(q.value(2).toString().contains(QFileInfo(backup).fileName()));

    auto safety = openDb(prepared.value().safetyCopy);
    CHECK(officialNames(*safety) == QStringList{QStringLiteral("Bùi Ngọc Nhật"), QStringLiteral("Phạm Tiến Nam")});
    CHECK(Backups::list(path).size() == 2); // the daily backup and the copy made before the restore
}

TEST_CASE("A restore is refused while the file is open elsewhere, and for non-administrators", "[backup][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("tinh.ntm"));
    auto db = openDb(path);
    addOfficial(*db, QStringLiteral("Bùi Ngọc Nhật"));
    const QString backup = Backups::makeDaily(*db, 14).value();
    addOfficial(*db, QStringLiteral("Phạm Tiến Nam"));

    Actor reviewer;
    reviewer.username = QStringLiteral("lan");
    reviewer.role = Role::Reviewer;
    db->setActor(reviewer);
    const auto refused = Backups::prepareRestore(*db, backup);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Denied);
    db->setActor(Actor::owner(QStringLiteral("owner")));

    const auto prepared = Backups::prepareRestore(*db, backup);
    REQUIRE(prepared.ok());
    db.reset();
    auto other = openDb(path); // another window still has the file open
    const Status busy = Backups::replace(path, prepared.value());
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().message.contains(QStringLiteral("open in another program")));
    CHECK(officialNames(*other).size() == 2);
    Backups::discard(prepared.value());
    CHECK_FALSE(QFileInfo::exists(prepared.value().replacement));
}

TEST_CASE("Only a sound NTM Tracker database of this version or older can be restored", "[backup][file]")
{
    TempFolder tmp;
    const QString text = tmp.path(QStringLiteral("notes.ntm"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    CHECK(Backups::check(text).error().message.contains(QStringLiteral("not a backup")));
    CHECK_FALSE(Backups::check(tmp.path(QStringLiteral("missing.ntm"))).ok());
    const QString newer = tmp.path(QStringLiteral("newer.ntm"));
    {
        auto db = openDb(newer);
        QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    CHECK(Backups::check(newer).error().message.contains(QStringLiteral("newer version")));
}
