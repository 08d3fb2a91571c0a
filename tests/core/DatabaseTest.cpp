// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "db/Migrator.h"
#include "db/Sql.h"
#include "db/SqlScript.h"
#include "store/AuditLog.h"
#include "store/OfficialStore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace ntm::core;
using namespace ntm::test;

namespace {
int userVersion(Database& db)
{
    return sql::scalar(db.sql(), QStringLiteral("PRAGMA user_version")).value().toInt();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("A new file gets every migration and the program's application id", "[db][migrations][file]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("new.ntm")));
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(userVersion(*db) == Migrator::latestVersion());
    CHECK(sql::scalar(db->sql(), QStringLiteral("PRAGMA application_id")).value().toInt() == Database::kApplicationId);
    CHECK(sql::scalar(db->sql(), QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(sql::scalar(db->sql(), QStringLiteral("PRAGMA journal_mode")).value().toString() == QLatin1String("wal"));
    CHECK(db->backupPath().isEmpty());
}

TEST_CASE("Migrations are numbered 1..N without gaps", "[db][migrations]")
{
    const auto all = Migrator::migrations();
    REQUIRE(all.size() >= 3);
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(all.at(i).version == i + 1);
    }
}

TEST_CASE("A file of every earlier version is upgraded, keeps its data and gets a backup first",
          "[db][migrations][file]")
{
    for (int version = 1; version < Migrator::latestVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            TempFolder tmp;
            const QString path = tmp.path(QStringLiteral("old.ntm"));
            {
                Database::Options options;
                options.migrateTo = version;
                auto db = Database::open(path, options);
                REQUIRE(db.ok());
                REQUIRE(db.value()->schemaVersion() == version);
                REQUIRE(sql::run(db.value()->sql(),
                                 QStringLiteral("INSERT INTO province (id, code, name) VALUES (?, ?, ?)"),
                                 {QStringLiteral("p1"), QStringLiteral("42"), QStringLiteral("Hà Tĩnh")}, QString())
                            .ok());
            }
            auto db = openDb(path);
            CHECK(db->schemaVersion() == Migrator::latestVersion());
            CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT name FROM province WHERE id = 'p1'"))
                      .value()
                      .toString() == QStringLiteral("Hà Tĩnh"));
            REQUIRE_FALSE(db->backupPath().isEmpty());
            CHECK(QFile::exists(db->backupPath()));
            Database::Options asItWas;
            asItWas.create = false;
            asItWas.migrateTo = version;
            asItWas.backupBeforeMigrate = false;
            auto backup = Database::open(db->backupPath(), asItWas);
            REQUIRE(backup.ok());
            CHECK(backup.value()->schemaVersion() == version);
        }
    }
}

TEST_CASE("A database made by a newer version is refused and left untouched", "[db][migrations][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("newer.ntm"));
    {
        auto db = openDb(path);
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer version")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A file that is not a database gets a clear message and is not changed", "[db][migrations][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("notes.ntm"));
    const QByteArray text("Họ và tên,Ngày sinh\nBùi Ngọc Nhật,01/01/1975\n" + QByteArray(5000, 'x'));
    writeFile(path, text);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("not an NTM Tracker database")));
    CHECK(fileBytes(path) == text);
}

TEST_CASE("A damaged database gets a clear message, never a crash", "[db][migrations][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("damaged.ntm"));
    {
        auto db = openDb(path);
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() > 8192);
    for (qsizetype i = 100; i < bytes.size(); i += 7) {
        bytes[i] = static_cast<char>(0xA5);
    }
    writeFile(path, bytes);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(fileBytes(path) == bytes);
}

TEST_CASE("Another program's SQLite database is refused", "[db][migrations][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("another program")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Missing files and folders are reported", "[db][file]")
{
    TempFolder tmp;
    Database::Options noCreate;
    noCreate.create = false;
    auto missing = Database::open(tmp.path(QStringLiteral("missing.ntm")), noCreate);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    auto folder = Database::open(tmp.path(QString()));
    REQUIRE_FALSE(folder.ok());
    auto noFolder = Database::open(tmp.path(QStringLiteral("no/such/folder.ntm")));
    REQUIRE_FALSE(noFolder.ok());
}

TEST_CASE("The audit log is append-only", "[db][audit]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("audit.ntm")));
    AuditLog audit(*db);
    // An entry as the program writes one on a file (on a server the triggers write them; its owner may insert).
    REQUIRE(sql::run(db->sql(),
                     QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, row_id, after_json) VALUES "
                                    "('2026-01-01T00:00:00.000Z', 'hoa', 'insert', 'official', 'x', '{}')"),
                     {}, QString())
                .ok());
    QSqlQuery q(db->sql());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(audit.count().value() == 1);
}

TEST_CASE("A failed step rolls back the whole transaction", "[db]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("tx.ntm")));
    {
        Transaction outer(*db);
        REQUIRE(outer.started().ok());
        REQUIRE(
            sql::run(db->sql(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', '1')"), {}, QString()).ok());
        {
            Transaction inner(*db);
            REQUIRE(inner.started().ok());
            // inner goes out of scope without commit: the outer commit must fail and undo everything
        }
        CHECK_FALSE(outer.commit().ok());
    }
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM meta")).value().toInt() == 0);
}

TEST_CASE("SQL scripts split into statements, keeping trigger bodies whole", "[db]")
{
    const QStringList s =
        splitSqlScript(QStringLiteral("-- comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                                      "CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no; "
                                      "never');\nEND;\nINSERT INTO a VALUES (1)"));
    REQUIRE(s.size() == 3);
    CHECK(s.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(s.at(0).contains(QStringLiteral("'a;b'")));
    CHECK(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(s.at(1).endsWith(QStringLiteral("END")));
    CHECK(s.at(2) == QStringLiteral("INSERT INTO a VALUES (1)"));
}
