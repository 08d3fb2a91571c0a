// SPDX-License-Identifier: GPL-3.0-or-later
// A database on a PostgreSQL server (docs/server.md): what opening finds and does (never creating or upgrading a
// schema unasked), the append-only triggers, what a wrong address says, and a connection lost during an import.
// These run only in the server run of the suite (tag [pg]); everything else runs on both backends.
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "db/DatabaseLocation.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackageReader.h"
#include "service/OfficialService.h"
#include "store/OfficialStore.h"

#include <QSqlQuery>

using namespace ntm::core;
using namespace ntm::test;

namespace {
Database::Options serverInit(int version = -1)
{
    Database::Options o;
    o.initialiseServer = true;
    o.migrateTo = version;
    return o;
}

qint64 count(Database& db, const QString& statement)
{
    const auto n = sql::scalar(db.sql(), statement);
    REQUIRE(n.ok());
    return n.value().toLongLong();
}

QString openError(const QString& location, const Database::Options& options = {})
{
    auto db = Database::open(location, options);
    REQUIRE_FALSE(db.ok());
    return db.error().message;
}
} // namespace

TEST_CASE("A server URI is parsed by libpq and shown without its password", "[db][server]")
{
    const auto location = DatabaseLocation::parse(
        QStringLiteral("postgresql://ntm_admin:s3cret@db.tinh.gov.vn:5433/ntm_hatinh?sslmode=verify-full"));
    REQUIRE(location.ok());
    const DatabaseLocation& l = location.value();
    CHECK(l.isServer());
    CHECK(l.host() == QStringLiteral("db.tinh.gov.vn"));
    CHECK(l.port() == QStringLiteral("5433"));
    CHECK(l.database() == QStringLiteral("ntm_hatinh"));
    CHECK(l.user() == QStringLiteral("ntm_admin"));
    CHECK(l.sslMode() == QStringLiteral("verify-full"));
    CHECK(l.password() == QStringLiteral("s3cret"));
    CHECK_FALSE(l.uri().contains(QStringLiteral("s3cret")));
    CHECK_FALSE(l.displayName().contains(QStringLiteral("s3cret")));
    CHECK(l.uri() == QStringLiteral("postgresql://ntm_admin@db.tinh.gov.vn:5433/ntm_hatinh?sslmode=verify-full"));
    CHECK(l.displayName().contains(QStringLiteral("ntm_hatinh")));
    CHECK(l.displayName().contains(QStringLiteral("db.tinh.gov.vn:5433")));
    // postgres:// too, and the URI written back opens the same database.
    const auto again =
        DatabaseLocation::parse(l.uri().replace(QStringLiteral("postgresql://"), QStringLiteral("postgres://")));
    REQUIRE(again.ok());
    CHECK(again.value().uri() == l.uri());
    // A Unix socket folder goes into the query.
    const auto local = DatabaseLocation::parse(QStringLiteral("postgresql://me@/ntm?host=/run/postgresql&port=5432"));
    REQUIRE(local.ok());
    CHECK(local.value().host() == QStringLiteral("/run/postgresql"));
    CHECK(DatabaseLocation::parse(local.value().uri()).value().uri() == local.value().uri());
    // A file stays a file.
    CHECK_FALSE(DatabaseLocation::parse(QStringLiteral("/tmp/postgresql.ntm")).value().isServer());
    const auto broken = DatabaseLocation::parse(QStringLiteral("postgresql://me@host/db?no_such_option=1"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("no_such_option")));
}

TEST_CASE("An empty server database is never initialised silently, and server-init records every migration", "[db][pg]")
{
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("empty")), Schema::Empty);
    const QString refused = openError(uri);
    CHECK(refused.contains(QStringLiteral("server-init")));
    {
        // Nothing was created by the refusal.
        auto db = Database::open(uri, serverInit());
        REQUIRE(db.ok());
        CHECK(db.value()->versionFound() == 0);
        CHECK(db.value()->schemaVersion() == Migrator::latestVersion());
        CHECK_FALSE(db.value()->isReadOnly());
        CHECK(db.value()->isServer());
        CHECK(count(*db.value(), QStringLiteral("SELECT count(*) FROM ntm_schema_migration")) ==
              Migrator::latestVersion());
        CHECK(count(*db.value(), QStringLiteral("SELECT count(*) FROM ntm_schema_migration WHERE applied_by = "
                                                "current_user AND program_version <> ''")) ==
              Migrator::latestVersion());
    }
    // Opened again: the latest schema, nothing to do.
    auto db = Database::open(uri);
    REQUIRE(db.ok());
    CHECK(db.value()->versionFound() == Migrator::latestVersion());
    REQUIRE(CriteriaImporter(*db.value()).importShipped().ok());
}

TEST_CASE("Another program's server database and a newer schema are refused untouched", "[db][pg]")
{
    TempFolder tmp;
    const QString other = dbLocation(tmp.path(QStringLiteral("other")), Schema::Empty);
    const QString otherName = DatabaseLocation::parse(other).value().database();
    serverRun(QStringLiteral("CREATE TABLE invoices (id integer)"), otherName);
    CHECK(openError(other).contains(QStringLiteral("another program")));
    CHECK(openError(other, serverInit()).contains(QStringLiteral("another program")));
    {
        auto probe = Database::open(dbLocation(tmp.path(QStringLiteral("probe"))));
        REQUIRE(probe.ok());
    }
    // Untouched: still only the other program's table.
    serverRun(QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') <> 1 THEN "
                             "RAISE EXCEPTION 'changed'; END IF; END $$"),
              otherName);

    const QString newer = dbLocation(tmp.path(QStringLiteral("newer")));
    {
        auto db = Database::open(newer);
        REQUIRE(db.ok());
        REQUIRE(sql::run(db.value()->sql(),
                         QStringLiteral("INSERT INTO ntm_schema_migration VALUES (?, 'future', '2030-01-01', "
                                        "current_user, '9.9')"),
                         {Migrator::latestVersion() + 1}, QStringLiteral("test"))
                    .ok());
    }
    const QString tooNew = openError(newer, [] {
        Database::Options o;
        o.upgradeServer = true;
        return o;
    }());
    CHECK(tooNew.contains(QStringLiteral("newer version")));
}

TEST_CASE("An older server schema opens read-only with a notice until server-upgrade", "[db][pg]")
{
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("old")), Schema::Empty);
    REQUIRE(Database::open(uri, serverInit(Migrator::latestVersion() - 1)).ok());
    {
        auto db = Database::open(uri);
        REQUIRE(db.ok());
        CHECK(db.value()->isReadOnly());
        CHECK(db.value()->schemaVersion() == Migrator::latestVersion() - 1);
        CHECK(db.value()->notice().contains(QStringLiteral("server-upgrade")));
        const Status write = CriteriaImporter(*db.value()).importShipped();
        REQUIRE_FALSE(write.ok());
        CHECK(write.error().message.contains(QStringLiteral("server-upgrade")));
        // Even a statement that skips the program's checks cannot write: the session is read-only on the server.
        CHECK_FALSE(sql::run(db.value()->sql(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')"), {},
                             QStringLiteral("test"))
                        .ok());
    }
    Database::Options upgrade;
    upgrade.upgradeServer = true;
    auto db = Database::open(uri, upgrade);
    REQUIRE(db.ok());
    CHECK(db.value()->versionFound() == Migrator::latestVersion() - 1);
    CHECK(db.value()->schemaVersion() == Migrator::latestVersion());
    CHECK_FALSE(db.value()->isReadOnly());
}

TEST_CASE("On a server the audit log and assessments are append-only, for any statement", "[db][pg]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a")));
    REQUIRE(sql::run(db->sql(),
                     QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name) VALUES ('2026-01-01', "
                                    "'x', 'bulk', 'commune')"),
                     {}, QStringLiteral("test"))
                .ok());
    for (const char* statement : {"UPDATE audit_log SET actor = 'y'", "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
        INFO(statement);
        const Status s = sql::run(db->sql(), QString::fromLatin1(statement), {}, QStringLiteral("Changing"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("append-only")));
    }
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")) == 1);
}

TEST_CASE("A wrong host, port, user, password or database name says which, in one line", "[db][pg]")
{
    const QString good = serverUri(QStringLiteral("postgres"));
    const QString user = DatabaseLocation::parse(good).value().user();
    auto oneLine = [](const QString& message) {
        INFO(message.toStdString());
        CHECK_FALSE(message.contains(QLatin1Char('\n')));
        return message;
    };
    CHECK(
        oneLine(openError(serverUri(QStringLiteral("no_such_db")))).contains(QStringLiteral("no database no_such_db")));
    CHECK(oneLine(openError(QString(good).replace(user + QLatin1Char('@'), QStringLiteral("nobody_here@"))))
              .contains(QStringLiteral("password for the user nobody_here")));
    Database::Options wrong;
    wrong.password = QStringLiteral("not the password");
    CHECK(oneLine(openError(good, wrong)).contains(QStringLiteral("Wrong password")));
    CHECK(oneLine(openError(QStringLiteral("postgresql://me@127.0.0.1:1/ntm")))
              .contains(QStringLiteral("No database "
                                       "server answers")));
    CHECK(oneLine(openError(QStringLiteral("postgresql://me@no-such-host.invalid/ntm")))
              .contains(QStringLiteral("not known")));
    const auto socketPort = QString(good).replace(QStringLiteral("port=54329"), QStringLiteral("port=1"));
    CHECK(oneLine(openError(socketPort)).contains(QStringLiteral("No database server answers")));
}

TEST_CASE("A connection lost during an import: the server rolls it all back, and the message says so", "[db][pg]")
{
    TempFolder tmp;
    auto demo = openDemo(tmp.path(QStringLiteral("demo")));
    const QString path = tmp.path(QStringLiteral("demo.json"));
    REQUIRE(PackageExporter(*demo).write(path, PackageScope::database(*demo).value()).ok());
    auto package = PackageReader::readFile(path);
    REQUIRE(package.ok());
    demo.reset();

    auto db = openDb(tmp.path(QStringLiteral("target")));
    REQUIRE(CriteriaImporter(*db).importShipped().ok());
    const qint64 rows = count(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 pid = count(*db, QStringLiteral("SELECT pg_backend_pid()"));
    const int records = static_cast<int>(package.value().recordCount());
    bool dropped = false;
    const auto outcome = PackageImporter(*db).import(package.value(), {}, [&](int done, int) {
        if (!dropped && done > records + records / 3) {
            serverRun(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
            dropped = true;
        }
        return true;
    });
    REQUIRE(dropped);
    REQUIRE_FALSE(outcome.ok());
    INFO(outcome.error().message.toStdString());
    CHECK(outcome.error().message.contains(QStringLiteral("connection")));
    CHECK(outcome.error().message.contains(QStringLiteral("rolled back")));
    CHECK(db->backend().connectionLost());
    CHECK_FALSE(db->checkConnection());
    // The same session connects again (as the app does by itself) and finds nothing of the import.
    REQUIRE(db->reconnect().ok());
    CHECK(db->checkConnection());
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")) == rows);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM official")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM assessment")) == 0);
    // And the import, run again, goes through.
    REQUIRE(PackageImporter(*db).import(package.value()).ok());
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM official")) > 0);
}

TEST_CASE("A connection the server dropped while the user was idle is made again by the next change", "[db][pg]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("idle")));
    Actor lan = Actor::owner(QStringLiteral("lan.tran"));
    db->setActor(lan);
    const qint64 pid = count(*db, QStringLiteral("SELECT pg_backend_pid()"));
    serverRun(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    CHECK_FALSE(db->checkConnection());
    Official o;
    o.fullName = QStringLiteral("Nguyễn Văn Kết Nối");
    const auto created = OfficialService(*db).create(o);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    CHECK(db->checkConnection());
    CHECK(count(*db, QStringLiteral("SELECT pg_backend_pid()")) != pid);
    // The new session still names the user in the audit trail.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'lan.tran' AND table_name = "
                                    "'official'")) == 1);
}
