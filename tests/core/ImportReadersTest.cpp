// SPDX-License-Identifier: GPL-3.0-or-later
// A long import does not block readers (issue 13): while a package import is half done in its transaction, another
// session reads at once and sees the database as it was before the import; afterwards it sees all of it.
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackageReader.h"

#include <QElapsedTimer>

using namespace ntm::core;
using namespace ntm::test;

namespace {
qint64 officialCount(Database& db)
{
    const auto n = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM official"));
    REQUIRE(n.ok());
    return n.value().toLongLong();
}
} // namespace

TEST_CASE("A reader is not blocked by a long import and sees the database as before it until it commits",
          "[db][import][concurrency]")
{
    TempFolder tmp;
    auto demo = openDemo(tmp.path(QStringLiteral("demo.ntm")));
    const QString path = tmp.path(QStringLiteral("demo.json"));
    REQUIRE(PackageExporter(*demo).write(path, PackageScope::database(*demo).value()).ok());
    auto package = PackageReader::readFile(path);
    REQUIRE(package.ok());
    const qint64 demoOfficials = officialCount(*demo);
    demo.reset();

    const QString target = tmp.path(QStringLiteral("target.ntm"));
    auto writer = openDb(target);
    REQUIRE(CriteriaImporter(*writer).importShipped().ok());
    auto reader = openDb(target);
    const int records = static_cast<int>(package.value().recordCount());
    bool read = false;
    qint64 seen = -1;
    qint64 waitedMs = -1;
    const auto outcome = PackageImporter(*writer).import(package.value(), {}, [&](int done, int) {
        if (!read && done > records + records / 2) {
            QElapsedTimer clock;
            clock.start();
            seen = officialCount(*reader);
            waitedMs = clock.elapsed();
            read = true;
        }
        return true;
    });
    REQUIRE(outcome.ok());
    REQUIRE(read);
    CHECK(seen == 0); // answered (not "database is locked"), without the import's rows, which are not committed
    WARN("a read in the middle of the import took " << waitedMs << " ms");
    CHECK(officialCount(*reader) == demoOfficials);
}
