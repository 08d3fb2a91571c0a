// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing straight on SQLite's handle (db/RowReader, db/BulkStatement): the fast paths of a national
// database give the same values as Qt's driver, bound values stay values, and failures are reported.
#include "TestSupport.h"

#include "db/BulkStatement.h"
#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"

#include <QSqlQuery>

using namespace ntm::core;
using namespace ntm::test;

namespace {
void makeTable(Database& db)
{
    REQUIRE(sql::run(db.sql(), QStringLiteral("CREATE TABLE scratch (k INTEGER, t TEXT, d TEXT, r REAL)"), {},
                     QStringLiteral("test"))
                .ok());
}
} // namespace

TEST_CASE("RowReader reads texts, integers, dates and NULLs as the Qt driver does", "[db][scale]")
{
    TempFolder folder;
    auto db = openDb(folder.path(QStringLiteral("r.ntm")));
    makeTable(*db);
    REQUIRE(sql::run(db->sql(),
                     QStringLiteral("INSERT INTO scratch VALUES (1, 'Xã Đức Yên', '2024-12-31', 1.5), "
                                    "(2, NULL, NULL, NULL), (3, '', '2024-02-30', 0), (4, 'x', 'abc', 0)"),
                     {}, QStringLiteral("test"))
                .ok());
    RowReader q(db->sql(), QStringLiteral("SELECT k, t, d FROM scratch WHERE k >= ? ORDER BY k"));
    q.bind(1);
    REQUIRE(q.exec(QStringLiteral("Reading")).ok());
    REQUIRE(q.next());
    CHECK(q.integer(0) == 1);
    CHECK(q.text(1) == QStringLiteral("Xã Đức Yên"));
    CHECK(q.date(2) == QDate(2024, 12, 31));
    CHECK_FALSE(q.isNull(1));
    REQUIRE(q.next());
    CHECK(q.isNull(1));
    CHECK(q.text(1).isNull());
    CHECK_FALSE(q.date(2).isValid());
    REQUIRE(q.next());
    CHECK(q.text(1).isEmpty());
    CHECK_FALSE(q.date(2).isValid()); // 30 February
    REQUIRE(q.next());
    CHECK_FALSE(q.date(2).isValid()); // not a date
    CHECK_FALSE(q.next());
    CHECK(q.finished(QStringLiteral("Reading")).ok());
}

TEST_CASE("RowReader binds a quote as a value and names a broken statement in its error", "[db][scale]")
{
    TempFolder folder;
    auto db = openDb(folder.path(QStringLiteral("r.ntm")));
    makeTable(*db);
    REQUIRE(sql::run(db->sql(), QStringLiteral("INSERT INTO scratch (k, t) VALUES (1, ?)"),
                     {QStringLiteral("it's; DROP TABLE scratch")}, QStringLiteral("test"))
                .ok());
    RowReader q(db->sql(), QStringLiteral("SELECT k FROM scratch WHERE t = ?"));
    q.bind(QStringLiteral("it's; DROP TABLE scratch"));
    REQUIRE(q.exec(QStringLiteral("Reading")).ok());
    REQUIRE(q.next());
    CHECK(q.integer(0) == 1);

    RowReader broken(db->sql(), QStringLiteral("SELECT k FROM nowhere"));
    const Status s = broken.exec(QStringLiteral("Reading rotations"));
    REQUIRE_FALSE(s.ok());
    INFO(s.error().message.toStdString());
    CHECK(s.error().message.startsWith(QStringLiteral("Reading rotations: ")));
    CHECK(s.error().message.contains(QStringLiteral("nowhere")));
    CHECK_FALSE(broken.next());
}

TEST_CASE("BulkStatement binds QVariants as Qt's driver would", "[db][scale]")
{
    TempFolder folder;
    auto db = openDb(folder.path(QStringLiteral("b.ntm")));
    makeTable(*db);
    BulkStatement insert(BulkStatement::handleOf(db->sql()), "INSERT INTO scratch (k, t, d, r) VALUES (?, ?, ?, ?)");
    REQUIRE(insert.prepared().ok());
    insert.value(1, QVariant(qint64(7))).value(2, QVariant(QStringLiteral("Hà Tĩnh"))).value(3, QVariant());
    insert.value(4, QVariant(2.5));
    REQUIRE(insert.run().ok());
    insert.value(1, QVariant(true)).value(2, QVariant(QString())).value(3, sql::nullText()).value(4, QVariant(0.0));
    REQUIRE(insert.run().ok());

    QSqlQuery q(db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT k, typeof(k), t, typeof(t), typeof(d), r FROM scratch ORDER BY rowid")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 7);
    CHECK(q.value(1).toString() == QStringLiteral("integer"));
    CHECK(q.value(2).toString() == QStringLiteral("Hà Tĩnh"));
    CHECK(q.value(4).toString() == QStringLiteral("null"));
    CHECK(q.value(5).toDouble() == 2.5);
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1); // true
    CHECK(q.value(3).toString() == QStringLiteral("null"));
    CHECK(q.value(4).toString() == QStringLiteral("null"));
}
