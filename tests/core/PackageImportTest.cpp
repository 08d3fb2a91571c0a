// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange packages end to end: round trip of the demo, importing twice, districts merged into one database,
// conflicts with keep and take, cancel.
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "db/Sql.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackagePreview.h"
#include "package/PackageReader.h"
#include "service/RotationService.h"
#include "service/StatsService.h"
#include "service/UnitLookup.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"

#include <QFile>
#include <QSet>

using namespace ntm::core;
using namespace ntm::test;

namespace {
TempFolder& folder()
{
    static TempFolder f;
    return f;
}

Database& demoDb()
{
    static std::unique_ptr<Database> db = openDemo(folder().path(QStringLiteral("demo.ntm")));
    return *db;
}

QString exportOf(Database& db, const PackageScope& scope, const QString& name)
{
    const QString path = folder().path(name);
    const auto manifest = PackageExporter(db).write(path, scope);
    INFO((manifest ? QString() : manifest.error().message).toStdString());
    REQUIRE(manifest.ok());
    return path;
}

/// The whole demo as a package, made once.
QString demoPackage()
{
    static const QString path =
        exportOf(demoDb(), PackageScope::database(demoDb()).value(), QStringLiteral("demo.json"));
    return path;
}

QString districtPackage(const QString& name)
{
    const auto d = UnitLookup::district(demoDb(), name);
    REQUIRE(d.ok());
    const auto scope = PackageScope::unit(demoDb(), PackageScope::Kind::District, d.value().id);
    REQUIRE(scope.ok());
    return exportOf(demoDb(), scope.value(), name + QStringLiteral(".json"));
}

Package read(const QString& path)
{
    auto p = PackageReader::readFile(path);
    INFO((p ? QString() : p.error().message).toStdString());
    REQUIRE(p.ok());
    return std::move(p).value();
}

PackageImportOutcome importInto(Database& db, const QString& path, ConflictPolicy policy = ConflictPolicy::Keep)
{
    auto outcome = PackageImporter(db).import(read(path), ConflictPolicies::all(policy));
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    return std::move(outcome).value();
}

QMap<QString, qint64> counts(Database& db, bool dataOnly)
{
    static const QStringList bookkeeping{QStringLiteral("audit_log"), QStringLiteral("exchange_base"),
                                         QStringLiteral("meta"), QStringLiteral("sqlite_sequence")};
    QMap<QString, qint64> out;
    for (const QString& table : tableNames(db)) {
        if (!dataOnly || !bookkeeping.contains(table)) {
            out.insert(
                table,
                sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).value().toLongLong());
        }
    }
    return out;
}

std::unique_ptr<Database> freshDb(const QString& name, bool withCriteria = true)
{
    auto db = openDb(folder().path(name));
    if (withCriteria) {
        REQUIRE(CriteriaImporter(*db).importShipped().ok());
    }
    return db;
}

void checkSameStats(Database& a, Database& b, const QDate& date)
{
    const auto sa = StatsService(a).stats(date);
    const auto sb = StatsService(b).stats(date);
    REQUIRE(sa.ok());
    REQUIRE(sb.ok());
    CHECK(sa.value().communes == sb.value().communes);
    CHECK(sa.value().recognised == sb.value().recognised);
    CHECK(sa.value().averageMet == Approx(sb.value().averageMet));
    CHECK(sa.value().byMetCount == sb.value().byMetCount);
}

Rotation someRotation(Database& db)
{
    const auto all = RotationStore(db).all();
    REQUIRE(all.ok());
    REQUIRE_FALSE(all.value().isEmpty());
    return all.value().at(all.value().size() / 2);
}

void setNote(Database& db, const QString& id, const QString& note)
{
    auto r = RotationStore(db).get(id).value();
    REQUIRE(r.has_value());
    r->note = note;
    const Status s = RotationService(db).update(*r, Warnings::Accept);
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
}
} // namespace

TEST_CASE("Package: the demo round-trips into a fresh database, and a second import changes nothing", "[package]")
{
    auto db = freshDb(QStringLiteral("roundtrip.ntm"));
    const PackageImportOutcome first = importInto(*db, demoPackage());
    CHECK(first.summary.totals().added > 12000);
    CHECK(first.summary.totals().conflicts == 0);
    CHECK(counts(*db, true) == counts(demoDb(), true));
    for (const QDate& d : {QDate(2013, 12, 31), QDate(2018, 12, 31), QDate(2024, 6, 30), QDate(2026, 6, 30)}) {
        checkSameStats(demoDb(), *db, d);
    }
    const auto before = counts(*db, false);
    const PackageImportOutcome second = importInto(*db, demoPackage());
    const KindCounts t = second.summary.totals();
    CHECK(t.added == 0);
    CHECK(t.changed == 0);
    CHECK(t.conflicts == 0);
    CHECK(t.outdated == 0);
    CHECK(t.unchanged == read(demoPackage()).recordCount());
    CHECK(second.rowsWritten == 0);
    CHECK(counts(*db, false) == before); // not even the audit log or the agreed versions
}

TEST_CASE("Package: the package carries everything a database without criteria sets needs", "[package]")
{
    auto db = freshDb(QStringLiteral("empty.ntm"), false);
    importInto(*db, demoPackage());
    CHECK(counts(*db, true) == counts(demoDb(), true));
    checkSameStats(demoDb(), *db, QDate(2019, 12, 31));
}

TEST_CASE("Package: two districts merge into one database without duplicates", "[package]")
{
    const QString ducTho = districtPackage(QStringLiteral("Đức Thọ"));
    const QString thachHa = districtPackage(QStringLiteral("Thạch Hà"));
    auto db = freshDb(QStringLiteral("province.ntm"));
    importInto(*db, ducTho);
    const PackageImportOutcome second = importInto(*db, thachHa);
    CHECK(second.summary.totals().unchanged > 0); // the province, the criteria sets, shared merger partners
    CHECK(second.summary.totals().conflicts == 0);
    const Package a = read(ducTho);
    const Package b = read(thachHa);
    for (const KindSpec& spec : PackageSchema::kinds()) {
        if (spec.special) {
            continue;
        }
        QSet<QString> ids;
        for (const Package* p : {&a, &b}) {
            for (const PackageRecord& r : p->of(spec.kind)) {
                ids.insert(r.id());
            }
        }
        INFO(spec.key);
        CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(spec.table)))
                  .value()
                  .toLongLong() == ids.size());
    }
    CHECK(a.of(PackageKind::Assessments).size() > 1000);
    CHECK(b.of(PackageKind::Rotations).size() > 5);
    // Importing both again, in the other order: nothing new.
    CHECK(importInto(*db, thachHa).summary.totals().added == 0);
    CHECK(importInto(*db, ducTho).summary.totals().added == 0);
}

TEST_CASE("Package: every district's package merged into one database gives the province's figures", "[package]")
{
    // What the province does: each district sends its file, the province merges them all into one database.
    const auto districts = UnitStore(demoDb()).districts();
    REQUIRE(districts.ok());
    QStringList packages;
    for (const District& d : districts.value()) {
        const auto scope = PackageScope::unit(demoDb(), PackageScope::Kind::District, d.id);
        REQUIRE(scope.ok());
        packages << exportOf(demoDb(), scope.value(), QStringLiteral("district-%1.json").arg(packages.size()));
    }
    REQUIRE(packages.size() >= 10);
    auto db = freshDb(QStringLiteral("merged-province.ntm"));
    for (const QString& path : packages) {
        CHECK(importInto(*db, path).summary.totals().conflicts == 0);
    }
    // No duplicate and no lost record: the merged figures are the province's, year by year, while districts
    // existed (from 1/7/2025 communes belong to the province directly and no district package holds them).
    for (int year = 2011; year <= 2024; ++year) {
        INFO(year);
        checkSameStats(demoDb(), *db, QDate(year, 12, 31));
    }
    const auto rotationIds = [](Database& d) {
        QSet<QString> ids;
        for (const Rotation& r : RotationStore(d).all().value()) {
            if (r.startDate < QDate(2025, 7, 1)) {
                ids.insert(r.id);
            }
        }
        return ids;
    };
    CHECK(rotationIds(*db) == rotationIds(demoDb()));
    // The same files again, in the other order: nothing is added or changed.
    for (auto it = packages.crbegin(); it != packages.crend(); ++it) {
        const auto totals = importInto(*db, *it).summary.totals();
        CHECK(totals.added == 0);
        CHECK(totals.changed == 0);
    }
}

TEST_CASE("Package: a record changed on one side only is changed, and on both sides it is a conflict", "[package]")
{
    auto province = freshDb(QStringLiteral("conflict.ntm"));
    importInto(*province, demoPackage());
    const Rotation r = someRotation(demoDb());
    const Rotation other = RotationStore(demoDb()).all().value().constFirst();
    REQUIRE(other.id != r.id);

    // The district changes two rotations; the province has changed one of them meanwhile, differently.
    setNote(*province, r.id, QStringLiteral("note written at the province"));
    setNote(demoDb(), r.id, QStringLiteral("note written in the district"));
    setNote(demoDb(), other.id, QStringLiteral("only the district changed this"));
    const QString package =
        exportOf(demoDb(), PackageScope::database(demoDb()).value(), QStringLiteral("changed.json"));
    const QString copy = copyDatabase(*province, folder().path(QStringLiteral("conflict-copy.ntm")));

    const auto preview = PackagePreview::compute(*province, read(package));
    REQUIRE(preview.ok());
    CHECK(preview.value().canImport());
    CHECK(preview.value().summary().of(PackageKind::Rotations).conflicts == 1);
    CHECK(preview.value().summary().of(PackageKind::Rotations).changed == 1);
    REQUIRE(preview.value().conflicts().size() == 1);
    const PackageConflict& c = preview.value().conflicts().constFirst();
    CHECK(c.kind == PackageKind::Rotations);
    CHECK(c.id == r.id);
    CHECK_FALSE(c.label.isEmpty());
    REQUIRE(c.differences.size() == 1);
    CHECK(c.differences.constFirst().field == QStringLiteral("note"));
    CHECK(c.differences.constFirst().databaseValue == QStringLiteral("note written at the province"));
    CHECK(c.differences.constFirst().packageValue == QStringLiteral("note written in the district"));

    const PackageImportOutcome kept = importInto(*province, package, ConflictPolicy::Keep);
    CHECK(kept.summary.totals().conflicts == 1);
    CHECK(RotationStore(*province).get(r.id).value()->note == QStringLiteral("note written at the province"));
    CHECK(RotationStore(*province).get(other.id).value()->note == QStringLiteral("only the district changed this"));
    // Decided once: the same package again raises no conflict.
    CHECK(importInto(*province, package).summary.totals().conflicts == 0);

    auto taker = openDb(copy);
    const PackageImportOutcome taken = importInto(*taker, package, ConflictPolicy::Take);
    CHECK(taken.summary.totals().taken == 1);
    CHECK(RotationStore(*taker).get(r.id).value()->note == QStringLiteral("note written in the district"));
    CHECK(importInto(*taker, package).summary.totals().unchanged == read(package).recordCount());
}

TEST_CASE("Package: an older package than the one already imported changes nothing", "[package]")
{
    auto db = freshDb(QStringLiteral("older.ntm"));
    const QString old = exportOf(demoDb(), PackageScope::database(demoDb()).value(), QStringLiteral("old.json"));
    const Rotation r = someRotation(demoDb());
    setNote(demoDb(), r.id, QStringLiteral("newer note"));
    const QString newer = exportOf(demoDb(), PackageScope::database(demoDb()).value(), QStringLiteral("newer.json"));
    importInto(*db, newer);
    const PackageImportOutcome outcome = importInto(*db, old);
    CHECK(outcome.summary.of(PackageKind::Rotations).outdated == 1);
    CHECK(outcome.rowsWritten == 0);
    CHECK(RotationStore(*db).get(r.id).value()->note == QStringLiteral("newer note"));
}

TEST_CASE("Package: cancelling an import or an export leaves nothing behind", "[package]")
{
    auto db = freshDb(QStringLiteral("cancel.ntm"));
    const auto before = counts(*db, false);
    const auto outcome =
        PackageImporter(*db).import(read(demoPackage()), {}, [](int done, int) { return done < 5000; });
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().message.contains(QStringLiteral("cancelled")));
    CHECK(counts(*db, false) == before);

    const QString path = folder().path(QStringLiteral("cancelled.json"));
    int calls = 0;
    const auto written = PackageExporter(demoDb()).write(path, PackageScope::database(demoDb()).value(),
                                                         [&](int, int) { return ++calls < 3; });
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_CASE("Package: a commune's package holds its records and the units they need", "[package]")
{
    const auto commune = UnitLookup::commune(demoDb(), QStringLiteral("Đức Yên"), QDate(2016, 6, 1));
    REQUIRE(commune.ok());
    const auto scope = PackageScope::unit(demoDb(), PackageScope::Kind::Commune, commune.value().id);
    REQUIRE(scope.ok());
    const Package p = read(exportOf(demoDb(), scope.value(), QStringLiteral("duc-yen.json")));
    CHECK(p.manifest.scopeKind == QStringLiteral("commune"));
    CHECK(p.manifest.scopeId == commune.value().id);
    CHECK(p.of(PackageKind::Provinces).size() == 1);
    CHECK(p.of(PackageKind::Rotations).size() >= 1); // Bùi Ngọc Nhật
    for (const PackageRecord& a : p.of(PackageKind::Assessments)) {
        CHECK(a.values.at(1).toString() == commune.value().id);
    }
    auto db = freshDb(QStringLiteral("commune.ntm"));
    CHECK(importInto(*db, exportOf(demoDb(), scope.value(), QStringLiteral("duc-yen-2.json"))).summary.totals().added >
          20);
}
