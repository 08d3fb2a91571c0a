// SPDX-License-Identifier: GPL-3.0-or-later
// Every SQLite migration has its PostgreSQL counterpart (resources/sql/pg/, same number and name), and after each
// version both schemas have the same tables, columns (name, order, kind of type, NOT NULL) and foreign keys, so that
// every store's SQL means the same on both. docs/server.md, "Migrations", says how to write the counterpart.
#include "TestSupport.h"

#include "db/Migrator.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
QString describe(const TableInfo& t)
{
    QStringList parts;
    for (const ColumnInfo& c : t.columns) {
        parts.append(c.name + QLatin1Char(' ') + c.type + (c.notNull ? QStringLiteral(" not null") : QString()));
    }
    QStringList references = t.references;
    references.sort();
    return t.name + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QStringLiteral(") -> ") +
           references.join(QLatin1Char(','));
}

QStringList schemaOf(Database& db)
{
    const auto tables = db.backend().tables();
    REQUIRE(tables.ok());
    QStringList out;
    for (const TableInfo& t : tables.value()) {
        out.append(describe(t));
    }
    out.sort();
    return out;
}
} // namespace

TEST_CASE("Every SQLite migration has a PostgreSQL counterpart of the same number and name", "[db][migrations]")
{
    const auto sqlite = Migrator::migrations(Migrator::Dialect::Sqlite);
    const auto postgres = Migrator::migrations(Migrator::Dialect::Postgres);
    QStringList files;
    QStringList counterparts;
    for (const auto& m : sqlite) {
        files.append(QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
    }
    for (const auto& m : postgres) {
        counterparts.append(QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
    }
    INFO("resources/sql/NNNN_name.sql needs resources/sql/pg/NNNN_name.sql (docs/server.md, \"Migrations\")");
    CHECK(counterparts == files);
}

TEST_CASE("After every migration the server's tables and columns are the file's", "[db][migrations][pg]")
{
    REQUIRE(onServer());
    for (int version = 1; version <= Migrator::latestVersion(); ++version) {
        DYNAMIC_SECTION("schema " << version)
        {
            TempFolder tmp;
            Database::Options options;
            options.migrateTo = version;
            auto file = Database::open(tmp.path(QStringLiteral("v.ntm")), options);
            REQUIRE(file.ok());
            options.initialiseServer = true;
            auto server = Database::open(dbLocation(tmp.path(QStringLiteral("v-pg")), Schema::Empty), options);
            INFO((server ? QString() : server.error().message).toStdString());
            REQUIRE(server.ok());
            CHECK(server.value()->schemaVersion() == version);
            const QStringList onFile = schemaOf(*file.value());
            const QStringList onServer = schemaOf(*server.value());
            for (const QString& t : onFile) {
                INFO("on the file: " << t.toStdString());
                CHECK(onServer.contains(t));
            }
            for (const QString& t : onServer) {
                INFO("on the server: " << t.toStdString());
                CHECK(onFile.contains(t));
            }
        }
    }
}
