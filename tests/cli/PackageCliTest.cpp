// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli export and import: the real binary, the JSON keys of the contract, --dry-run, exit codes.
#include "TestSupport.h"

#include "db/Sql.h"

#include <QFile>
#include <QProcess>

#include <nlohmann/json.hpp>

using namespace ntm::test;
using json = nlohmann::json;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(NTM_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

TempFolder& folder()
{
    static TempFolder f;
    return f;
}

QString demoPath()
{
    static const QString path = [] {
        // On the server: a copy of the demo that the test server built once with `ntm-cli demo`.
        const QString p = dbLocation(folder().path(QStringLiteral("demo.ntm")), Schema::Demo);
        if (!onServer()) {
            const Run r = cli({QStringLiteral("demo"), p});
            INFO(r.err.toStdString());
            REQUIRE(r.code == 0);
        }
        return p;
    }();
    return path;
}

QString freshDb(const QString& name)
{
    const QString p = dbLocation(folder().path(name));
    REQUIRE(cli({QStringLiteral("init"), p}).code == 0);
    return p;
}

json parse(const QString& text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

qint64 rowCount(const QString& path)
{
    auto db = openDb(path);
    qint64 n = 0;
    for (const char* table : {"official", "rotation", "assessment", "commune", "audit_log", "exchange_base"}) {
        n += ntm::core::sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                 .value()
                 .toLongLong();
    }
    return n;
}
} // namespace

TEST_CASE("ntm-cli export and import --json: the contract's keys, totals over record kinds", "[cli][package]")
{
    const QString package = folder().path(QStringLiteral("district.json"));
    const Run exported =
        cli({QStringLiteral("export"), demoPath(), package, QStringLiteral("--district"), QStringLiteral("duc tho")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.out.contains(QStringLiteral("Đức Thọ")));
    const QString target = freshDb(QStringLiteral("target.ntm"));

    const Run dry =
        cli({QStringLiteral("import"), target, package, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.code == 0);
    const json d = parse(dry.out);
    const qint64 before = rowCount(target);

    const Run run = cli({QStringLiteral("import"), target, package, QStringLiteral("--json")});
    REQUIRE(run.code == 0);
    const json j = parse(run.out);
    for (const char* key : {"new", "changed", "unchanged", "conflicts"}) {
        INFO(key);
        REQUIRE(j.contains(key));
        CHECK(j.at(key).is_number_integer());
        CHECK(d.at(key) == j.at(key)); // the dry run said what the import then did
    }
    CHECK(j.at("new").get<int>() > 1000);
    CHECK(j.at("unchanged").get<int>() > 0); // the shipped criteria sets
    CHECK(j.at("changed") == 0);
    CHECK(j.at("conflicts") == 0);
    qint64 sum = 0;
    for (const auto& [kind, c] : j.at("by_kind").items()) {
        sum += c.at("new").get<qint64>();
    }
    CHECK(sum == j.at("new").get<qint64>());
    CHECK(rowCount(target) > before);

    const Run again = cli({QStringLiteral("import"), target, package, QStringLiteral("--json")});
    REQUIRE(again.code == 0);
    const json k = parse(again.out);
    CHECK(k.at("new") == 0);
    CHECK(k.at("unchanged").get<int>() == j.at("new").get<int>() + j.at("unchanged").get<int>());
}

TEST_CASE("ntm-cli import --dry-run writes nothing", "[cli][package]")
{
    const QString package = folder().path(QStringLiteral("commune.json"));
    REQUIRE(cli({QStringLiteral("export"), demoPath(), package, QStringLiteral("--commune"), QStringLiteral("Đức Yên")})
                .code == 0);
    const QString target = freshDb(QStringLiteral("dry.ntm"));
    const qint64 before = rowCount(target);
    const Run dry = cli({QStringLiteral("import"), target, package, QStringLiteral("--dry-run")});
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("dry run")));
    CHECK(rowCount(target) == before);
}

TEST_CASE("ntm-cli export/import exit codes: 1 with one line for user errors, 2 for usage", "[cli][package]")
{
    const QString target = freshDb(QStringLiteral("codes.ntm"));
    const QString broken = folder().path(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"manifest\": {\n\"format\": \"ntm-package\",\n");
    }
    const Run malformed = cli({QStringLiteral("import"), target, broken});
    CHECK(malformed.code == 1);
    CHECK(malformed.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(malformed.err.contains(QStringLiteral("line 3, column 1")));
    CHECK(cli({QStringLiteral("import"), target, folder().path(QStringLiteral("missing.json"))}).code == 1);
    const QString noDb =
        onServer() ? serverUri(QStringLiteral("no_such_database")) : folder().path(QStringLiteral("nodb.ntm"));
    CHECK(cli({QStringLiteral("import"), noDb, broken}).code == 1);
    const Run unknown = cli({QStringLiteral("export"), demoPath(), folder().path(QStringLiteral("x.json")),
                             QStringLiteral("--district"), QStringLiteral("Atlantis")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.startsWith(QStringLiteral("ntm-cli: ")));
    CHECK_FALSE(QFile::exists(folder().path(QStringLiteral("x.json"))));
    CHECK(cli({QStringLiteral("import"), target, broken, QStringLiteral("--on-conflict"), QStringLiteral("merge")})
              .code == 2);
    CHECK(cli({QStringLiteral("export"), demoPath(), folder().path(QStringLiteral("y.json")),
               QStringLiteral("--district"), QStringLiteral("Đức Thọ"), QStringLiteral("--commune"),
               QStringLiteral("Đức Yên")})
              .code == 2);
    CHECK(cli({QStringLiteral("import"), target}).code == 2);
    CHECK(cli({QStringLiteral("export"), demoPath(), QStringLiteral("a.json"), QStringLiteral("--bogus")}).code == 2);
}
