// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli on a PostgreSQL server (docs/server.md): server-init and server-upgrade, copy from a file to a server and
// back with the same answers from stats, packages across a file and a server, and one line for a wrong address.
// Only in the server run of the suite (tag [pg]); every other CLI test runs on both backends.
#include "TestSupport.h"

#include "db/DatabaseLocation.h"
#include "db/Migrator.h"
#include "db/Sql.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <nlohmann/json.hpp>

using namespace ntm::core;
using namespace ntm::test;
using json = nlohmann::json;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QString& password = QString())
{
    QProcess p;
    if (!password.isNull()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(NTM_CLI_PATH), args);
    REQUIRE(p.waitForFinished(300000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// The demo as a file, made once per process.
QString demoFile()
{
    static TempFolder folder;
    static const QString path = [] {
        const QString p = folder.path(QStringLiteral("demo.ntm"));
        const Run r = cli({QStringLiteral("demo"), p});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return p;
    }();
    return path;
}

json stats(const QString& location, const QString& date, const QString& district = QString())
{
    QStringList args{QStringLiteral("stats"), location, QStringLiteral("--as-of"), date, QStringLiteral("--json")};
    if (!district.isEmpty()) {
        args << QStringLiteral("--district") << district;
    }
    const Run r = cli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const json j = json::parse(r.out.toStdString(), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

qint64 count(const QString& location, const char* table)
{
    // Opened as given: openDb() would give a file's path a server database of its own.
    auto db = Database::open(location);
    REQUIRE(db.ok());
    return sql::scalar(db.value()->sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
        .value()
        .toLongLong();
}

void checkOneLine(const Run& r)
{
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.startsWith(QStringLiteral("ntm-cli: ")));
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
}
} // namespace

TEST_CASE("ntm-cli server-init makes the schema once, and an empty database is never set up by other commands",
          "[cli][pg]")
{
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("empty")), Schema::Empty);
    const Run stats = cli({QStringLiteral("stats"), uri, QStringLiteral("--as-of"), QStringLiteral("2020-01-01")});
    checkOneLine(stats);
    CHECK(stats.err.contains(QStringLiteral("ntm-cli server-init ")));
    checkOneLine(cli({QStringLiteral("init"), uri}));
    checkOneLine(cli({QStringLiteral("server-upgrade"), uri}));

    const Run init = cli({QStringLiteral("server-init"), uri});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.out.contains(QStringLiteral("Created NTM Tracker's tables (schema %1)").arg(Migrator::latestVersion())));
    const Run again = cli({QStringLiteral("server-init"), uri});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("nothing was changed")));
    CHECK(cli({QStringLiteral("init"), uri}).code == 0);
    CHECK(count(uri, "criteria_set") > 0);
    // A file needs no set-up.
    checkOneLine(cli({QStringLiteral("server-init"), tmp.path(QStringLiteral("x.ntm"))}));
}

TEST_CASE("ntm-cli on an older server schema: reads with a notice, writes refused, until server-upgrade", "[cli][pg]")
{
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("old")), Schema::Empty);
    Database::Options older;
    older.initialiseServer = true;
    older.migrateTo = Migrator::latestVersion() - 1;
    REQUIRE(Database::open(uri, older).ok());
    const Run read = cli({QStringLiteral("stats"), uri, QStringLiteral("--as-of"), QStringLiteral("2020-01-01")});
    CHECK(read.code == 0);
    CHECK(read.err.contains(QStringLiteral("server-upgrade")));
    const Run write = cli({QStringLiteral("init"), uri});
    checkOneLine(write);
    CHECK(write.err.contains(QStringLiteral("server-upgrade")));
    const Run upgrade = cli({QStringLiteral("server-upgrade"), uri});
    INFO(upgrade.err.toStdString());
    CHECK(upgrade.code == 0);
    CHECK(upgrade.out.contains(QStringLiteral("to schema %1").arg(Migrator::latestVersion())));
    CHECK(cli({QStringLiteral("init"), uri}).code == 0);
}

TEST_CASE("ntm-cli copy: a file into a server and back, audit trail included, with the same stats", "[cli][pg]")
{
    TempFolder tmp;
    const QString server = dbLocation(tmp.path(QStringLiteral("copy")));
    const Run up = cli({QStringLiteral("copy"), demoFile(), server});
    INFO(up.err.toStdString());
    REQUIRE(up.code == 0);
    CHECK(up.out.contains(QStringLiteral("rows")));
    const QString back = tmp.path(QStringLiteral("back.ntm"));
    const Run down = cli({QStringLiteral("copy"), server, back});
    INFO(down.err.toStdString());
    REQUIRE(down.code == 0);

    for (const char* date : {"2015-12-31", "2018-12-31", "2024-06-30", "2026-11-15"}) {
        INFO(date);
        const json onFile = stats(demoFile(), QString::fromLatin1(date));
        CHECK(stats(server, QString::fromLatin1(date)) == onFile);
        CHECK(stats(back, QString::fromLatin1(date)) == onFile);
    }
    CHECK(stats(server, QStringLiteral("2019-12-31"), QStringLiteral("duc tho")) ==
          stats(demoFile(), QStringLiteral("2019-12-31"), QStringLiteral("duc tho")));
    for (const char* table : {"official", "rotation", "assessment", "recognition", "commune_lineage", "criterion"}) {
        INFO(table);
        CHECK(count(server, table) == count(demoFile(), table));
        CHECK(count(back, table) == count(demoFile(), table));
    }
    // The audit trail came along, and each copy added its own entry.
    CHECK(count(server, "audit_log") == count(demoFile(), "audit_log") + 1);
    CHECK(count(back, "audit_log") == count(demoFile(), "audit_log") + 2);
    // The log goes on after the copied entries: a new entry gets the next number.
    {
        auto db = openDb(server);
        REQUIRE(sql::run(db->sql(),
                         QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name) VALUES ('2026-12-07', "
                                        "'t', 'bulk', 'commune')"),
                         {}, QStringLiteral("t"))
                    .ok());
    }

    // Only into an empty database or a new file; nothing changed by a refusal.
    const Run twice = cli({QStringLiteral("copy"), demoFile(), server});
    checkOneLine(twice);
    CHECK(twice.err.contains(QStringLiteral("already holds data")));
    checkOneLine(cli({QStringLiteral("copy"), server, back}));
    CHECK(count(server, "assessment") == count(demoFile(), "assessment"));
}

TEST_CASE("ntm-cli export and import across a file and a server", "[cli][pg]")
{
    TempFolder tmp;
    const QString package = tmp.path(QStringLiteral("demo.json"));
    REQUIRE(cli({QStringLiteral("export"), demoFile(), package}).code == 0);
    const QString server = dbLocation(tmp.path(QStringLiteral("target")));
    REQUIRE(cli({QStringLiteral("init"), server}).code == 0);
    const Run imported = cli({QStringLiteral("import"), server, package, QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(stats(server, QStringLiteral("2018-12-31")) == stats(demoFile(), QStringLiteral("2018-12-31")));
    const QString fromServer = tmp.path(QStringLiteral("server.json"));
    REQUIRE(cli({QStringLiteral("export"), server, fromServer}).code == 0);
    const QString file = tmp.path(QStringLiteral("file.ntm"));
    REQUIRE(cli({QStringLiteral("init"), file}).code == 0);
    REQUIRE(cli({QStringLiteral("import"), file, fromServer}).code == 0);
    CHECK(stats(file, QStringLiteral("2018-12-31")) == stats(demoFile(), QStringLiteral("2018-12-31")));
}

TEST_CASE("ntm-cli: a wrong host, port, user, password or database is exit 1 with one line saying which", "[cli][pg]")
{
    const QString good = serverUri(QStringLiteral("postgres"));
    const QString user = DatabaseLocation::parse(good).value().user();
    const QStringList stats{QStringLiteral("--as-of"), QStringLiteral("2020-01-01")};
    auto run = [&](const QString& uri, const QString& password = QString()) {
        const Run r = cli(QStringList{QStringLiteral("stats"), uri} + stats, password);
        checkOneLine(r);
        return r.err;
    };
    CHECK(run(serverUri(QStringLiteral("no_such_db"))).contains(QStringLiteral("no database no_such_db")));
    CHECK(run(good, QStringLiteral("wrong")).contains(QStringLiteral("Wrong password")));
    CHECK(run(QString(good).replace(user + QLatin1Char('@'), QStringLiteral("nobody@")))
              .contains(QStringLiteral("nobody")));
    CHECK(
        run(QStringLiteral("postgresql://me@127.0.0.1:1/ntm")).contains(QStringLiteral("No database server answers")));
    CHECK(run(QStringLiteral("postgresql://me@no-such-host.invalid/ntm")).contains(QStringLiteral("not known")));
    CHECK(run(QStringLiteral("postgresql://me@host/db?no_such_option=1")).contains(QStringLiteral("not valid")));
    // The password given in an address is never printed back.
    const QString withPassword = QString(good)
                                     .replace(user + QLatin1Char('@'), user + QStringLiteral(":hunter2@"))
                                     .replace(QStringLiteral("/postgres?"), QStringLiteral("/no_such_db?"));
    CHECK_FALSE(run(withPassword).contains(QStringLiteral("hunter2")));
}
