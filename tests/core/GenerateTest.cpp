// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic national database (ntm-cli generate) on a small country: its counts and invariants.
#include "TestSupport.h"

#include "db/Migrator.h"
#include "db/Sql.h"
#include "generate/NationalGenerator.h"
#include "service/ProgressService.h"
#include "service/StatsService.h"
#include "store/UnitStore.h"
#include "util/Dates.h"

#include <QFile>
#include <QFileInfo>

using namespace ntm::core;
using namespace ntm::core::generate;
using namespace ntm::test;

namespace {
GenerateOptions smallCountry(quint64 seed = 7)
{
    GenerateOptions o;
    o.communes = 200;
    o.districts = 10;
    o.seed = seed;
    return o;
}

/// One generated database for the tests of this file.
const QString& smallPath()
{
    static TempFolder folder;
    static const QString path = [] {
        const QString p = folder.path(QStringLiteral("small.ntm"));
        const auto outcome = NationalGenerator(smallCountry()).generate(p);
        INFO((outcome ? QString() : outcome.error().message).toStdString());
        REQUIRE(outcome.ok());
        return p;
    }();
    return path;
}

qint64 count(Database& db, const QString& statement, const QVariantList& values = {})
{
    const auto v = sql::scalar(db.sql(), statement, values);
    INFO((v ? QString() : v.error().message).toStdString());
    REQUIRE(v.ok());
    return v.value().toLongLong();
}
} // namespace

TEST_CASE("generate: a small country has the proportions of the national one", "[generate][file]")
{
    const QString path = smallPath();
    const auto outcome = NationalGenerator(smallCountry()).generate(path);
    REQUIRE_FALSE(outcome.ok()); // an existing file is never overwritten
    CHECK(outcome.error().message.contains(QStringLiteral("already exists")));
    auto db = openDb(path);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM province")) == 1);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM district")) == 10);
    const QString existing =
        QStringLiteral("SELECT count(*) FROM commune WHERE (valid_from IS NULL OR valid_from <= ?) "
                       "AND (valid_to IS NULL OR valid_to >= ?)");
    CHECK(count(*db, existing, {QStringLiteral("2025-06-30"), QStringLiteral("2025-06-30")}) == 200);
    CHECK(count(*db, existing, {QStringLiteral("2025-07-01"), QStringLiteral("2025-07-01")}) ==
          66);                                                                 // 200 × 3321 / 10035
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM official")) == 997); // 200 × 50000 / 10035
    const qint64 rotations = count(*db, QStringLiteral("SELECT count(*) FROM rotation"));
    CHECK(rotations >= 1400);
    CHECK(rotations <= 1594); // 200 × 80000 / 10035
    const qint64 assessments = count(*db, QStringLiteral("SELECT count(*) FROM assessment"));
    CHECK(assessments >= 200 * 100);
    CHECK(assessments <= 200 * 200);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM review_meeting")) > 200);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM recognition WHERE tier = 'ntm'")) > 50);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM criteria_set")) == 7);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bulk'")) == 1);
}

TEST_CASE("generate: every reference holds and the schema is the program's", "[generate][file]")
{
    auto db = openDb(smallPath());
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    QSqlQuery q(db->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(q.next());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("generate: no official serves two terms at once", "[generate][file]")
{
    auto db = openDb(smallPath());
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM rotation a JOIN rotation b ON a.official_id = b.official_id "
                                    "AND a.id < b.id WHERE a.start_date <= COALESCE(b.actual_end, b.planned_end, "
                                    "'9999') AND b.start_date <= COALESCE(a.actual_end, a.planned_end, '9999')")) == 0);
    // Each term starts in a commune (xã) that exists then, and ends no later than the commune.
    CHECK(count(*db, QStringLiteral(
                         "SELECT count(*) FROM rotation r JOIN commune c ON c.id = r.commune_id "
                         "WHERE (c.valid_from IS NOT NULL AND r.start_date < c.valid_from) OR "
                         "(c.valid_to IS NOT NULL AND COALESCE(r.actual_end, r.planned_end) > c.valid_to)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM rotation WHERE decision_date > start_date "
                                    "OR planned_end < start_date OR actual_end > planned_end")) == 0);
}

TEST_CASE("generate: assessments lie inside their set's period and their commune's life", "[generate][file]")
{
    auto db = openDb(smallPath());
    // The set of each event is the national set in force on its date (the latest start on or before it).
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM assessment a WHERE a.set_id IS NOT (SELECT s.id FROM "
                                    "criteria_set s WHERE s.scope = 'national' AND s.valid_from <= a.assessed_on "
                                    "ORDER BY s.valid_from DESC LIMIT 1)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM assessment a JOIN criterion c ON c.id = a.criterion_id "
                                    "JOIN criteria_set s ON s.id = a.set_id WHERE c.set_id <> a.set_id "
                                    "OR c.number <> a.criterion_number OR s.family <> a.family")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM assessment a JOIN commune c ON c.id = a.commune_id WHERE "
                                    "(c.valid_from IS NOT NULL AND a.assessed_on < c.valid_from) OR "
                                    "(c.valid_to IS NOT NULL AND a.assessed_on > c.valid_to)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM assessment WHERE assessed_on < '2010-01-01' "
                                    "OR assessed_on > '2026-11-15'")) == 0);
    // Only communes (xã) are judged by the programme.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM assessment a JOIN commune_period p ON p.commune_id = "
                                    "a.commune_id WHERE p.kind <> 'xa'")) == 0);
    // All four national sets are used in their periods.
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT set_id) FROM assessment")) == 4);
}

TEST_CASE("generate: the 2025 merges are complete, with lineage", "[generate][file]")
{
    auto db = openDb(smallPath());
    // Every commune that ended on 30/6/2025 was merged into exactly one commune that starts on 1/7/2025.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM commune c WHERE c.valid_to = '2025-06-30' AND 1 <> (SELECT "
                                    "count(*) FROM commune_lineage l JOIN commune s ON s.id = l.successor_id WHERE "
                                    "l.predecessor_id = c.id AND l.kind = 'merge' AND l.effective_on = '2025-07-01' "
                                    "AND s.valid_from = '2025-07-01')")) == 0);
    // Every commune made by the reform has at least two predecessors; the others kept their identity.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM commune c WHERE c.valid_from = '2025-07-01' AND 2 > (SELECT "
                                    "count(*) FROM commune_lineage l WHERE l.successor_id = c.id)")) == 0);
    // Periods of one commune never overlap, and none belongs to a district after 30/6/2025.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM commune_period a JOIN commune_period b ON a.commune_id = "
                                    "b.commune_id AND a.id < b.id WHERE COALESCE(a.valid_from, '') <= "
                                    "COALESCE(b.valid_to, '9999') AND COALESCE(b.valid_from, '') <= "
                                    "COALESCE(a.valid_to, '9999')")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM commune_period WHERE district_id IS NOT NULL AND "
                                    "(valid_to IS NULL OR valid_to > '2025-06-30')")) == 0);
    // A merger ends the recognitions of the merged communes.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM recognition r JOIN commune c ON c.id = r.commune_id "
                                    "WHERE c.valid_to = '2025-06-30' AND (r.ended_on IS NOT '2025-07-01' OR "
                                    "r.end_reason IS NOT 'merger')")) == 0);
}

TEST_CASE("generate: a commune is recognised once it meets every criterion", "[generate][file]")
{
    auto db = openDb(smallPath());
    auto progress = ProgressService::create(*db);
    REQUIRE(progress.ok());
    QSqlQuery q(db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT commune_id, decided_on FROM recognition WHERE tier = 'ntm'")));
    int checked = 0;
    while (q.next()) {
        const auto p = progress.value().communeProgress(q.value(0).toString(), dates::fromIso(q.value(1).toString()));
        REQUIRE(p.ok());
        CHECK(p.value().met == p.value().total);
        ++checked;
    }
    CHECK(checked > 50);
}

TEST_CASE("generate: the stats command's service reads the generated country", "[generate][file]")
{
    auto db = openDb(smallPath());
    const auto before = StatsService(*db).stats(QDate(2018, 12, 31));
    REQUIRE(before.ok());
    const qint64 xa2018 = count(*db, QStringLiteral("SELECT count(*) FROM commune_period WHERE kind = 'xa' AND "
                                                    "(valid_to IS NULL OR valid_to >= '2018-12-31') AND "
                                                    "(valid_from IS NULL OR valid_from <= '2018-12-31')"));
    CHECK(before.value().communes == xa2018);
    CHECK(before.value().recognised > 0);
    CHECK(before.value().averageMet > 5.0);
    const auto after = StatsService(*db).stats(QDate(2025, 12, 31));
    REQUIRE(after.ok());
    CHECK(after.value().communes > 40);
    CHECK(after.value().communes <= 66);
    CHECK(after.value().averageMet > 5.0);
}

TEST_CASE("generate: the same seed gives the same file, byte for byte", "[generate][file]")
{
    TempFolder folder;
    GenerateOptions o = smallCountry(11);
    o.communes = 60;
    o.districts = 4;
    const QString a = folder.path(QStringLiteral("a.ntm"));
    const QString b = folder.path(QStringLiteral("b.ntm"));
    const QString c = folder.path(QStringLiteral("c.ntm"));
    REQUIRE(NationalGenerator(o).generate(a).ok());
    REQUIRE(NationalGenerator(o).generate(b).ok());
    o.seed = 12;
    REQUIRE(NationalGenerator(o).generate(c).ok());
    CHECK(fileBytes(a) == fileBytes(b));
    CHECK(fileBytes(a) != fileBytes(c));
}

TEST_CASE("generate: a cancel or a bad option leaves no file", "[generate][file]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("cancelled.ntm"));
    int calls = 0;
    const auto cancelled = NationalGenerator(smallCountry()).generate(path, [&](qint64 rows, qint64, const QString&) {
        ++calls;
        return rows < 5000;
    });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("Cancelled")));
    CHECK(calls > 1);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    GenerateOptions bad = smallCountry();
    bad.districts = 300;
    const auto refused = NationalGenerator(bad).generate(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("communes"));
    CHECK_FALSE(QFileInfo::exists(path));
}
