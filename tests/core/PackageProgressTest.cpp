// SPDX-License-Identifier: GPL-3.0-or-later
// Progress and cancel of the package preview and import, as the import wizard uses them: the comparison with the
// database reports its progress and can be cancelled; the import reports the comparison, then the writing, on one
// scale, and a cancel at any point leaves the database as it was.
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "db/Sql.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackagePreview.h"
#include "package/PackageReader.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
struct Setup
{
    TempFolder folder;
    std::unique_ptr<Database> demo = openDemo(folder.path(QStringLiteral("demo.ntm")));
    std::unique_ptr<Database> fresh = openDb(folder.path(QStringLiteral("fresh.ntm")));
    Package package;

    Setup()
    {
        REQUIRE(CriteriaImporter(*fresh).importShipped().ok());
        const QString path = folder.path(QStringLiteral("demo.json"));
        REQUIRE(PackageExporter(*demo).write(path, PackageScope::database(*demo).value()).ok());
        auto read = PackageReader::readFile(path);
        REQUIRE(read.ok());
        package = std::move(read).value();
    }
    qint64 rows(const char* table) const
    {
        return sql::scalar(fresh->sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
            .value()
            .toLongLong();
    }
};
} // namespace

TEST_CASE("Package preview: progress up to the record count, and a cancel", "[package]")
{
    Setup s;
    const int records = static_cast<int>(s.package.recordCount());
    QList<int> seen;
    const auto preview = PackagePreview::compute(*s.fresh, s.package, {}, [&](int done, int total) {
        CHECK(total == records);
        seen.append(done);
        return true;
    });
    REQUIRE(preview.ok());
    REQUIRE(seen.size() >= 3);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.constLast() == records);
    // The same answer as without a callback.
    CHECK(preview.value().totals().added == PackagePreview::compute(*s.fresh, s.package).value().totals().added);

    const auto cancelled = PackagePreview::compute(*s.fresh, s.package, {}, [](int done, int) { return done < 2000; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
}

TEST_CASE("Package import: one scale for comparing and writing, a cancel in either half writes nothing", "[package]")
{
    Setup s;
    const int records = static_cast<int>(s.package.recordCount());
    const qint64 assessments = s.rows("assessment");
    const qint64 audit = s.rows("audit_log");

    for (const int stopAt : {records / 2, records + records / 2}) {
        INFO(stopAt);
        int last = 0;
        const auto outcome = PackageImporter(*s.fresh).import(s.package, {}, [&](int done, int total) {
            CHECK(total == 2 * records);
            last = done;
            return done < stopAt;
        });
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().message.contains(QStringLiteral("cancelled")));
        CHECK(last >= stopAt);
        CHECK(s.rows("assessment") == assessments);
        CHECK(s.rows("audit_log") == audit);
    }

    QList<int> seen;
    const auto outcome = PackageImporter(*s.fresh).import(s.package, {}, [&](int done, int) {
        seen.append(done);
        return true;
    });
    REQUIRE(outcome.ok());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(std::any_of(seen.begin(), seen.end(), [&](int d) { return d > 0 && d < records; }));
    CHECK(std::any_of(seen.begin(), seen.end(), [&](int d) { return d > records && d < 2 * records; }));
    CHECK(seen.constLast() == 2 * records);
    CHECK(s.rows("assessment") > assessments);
}
