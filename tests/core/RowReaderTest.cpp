// SPDX-License-Identifier: GPL-3.0-or-later
// The fast paths of a national database (db/RowReader, db/BulkWriter: SQLite's handle, or libpq's binary results
// and COPY on a server) give the same values as Qt's driver, bound values stay values, and failures are reported.
#include "TestSupport.h"

#include "db/BulkWriter.h"
#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"

#include <QSqlQuery>

using namespace ntm::core;
using namespace ntm::test;

namespace {
void makeTable(Database& db)
{
    REQUIRE(sql::run(db.sql(), // DOUBLE PRECISION: REAL on SQLite, and 8 bytes on PostgreSQL (whose REAL has 4), as the
                               // migrations use.
                     QStringLiteral("CREATE TABLE scratch (k INTEGER, t TEXT, d TEXT, r DOUBLE PRECISION)"), {},
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
    RowReader q(*db, QStringLiteral("SELECT k, t, d FROM scratch WHERE k >= ? ORDER BY k"));
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
    RowReader q(*db, QStringLiteral("SELECT k FROM scratch WHERE t = ?"));
    q.bind(QStringLiteral("it's; DROP TABLE scratch"));
    REQUIRE(q.exec(QStringLiteral("Reading")).ok());
    REQUIRE(q.next());
    CHECK(q.integer(0) == 1);

    RowReader broken(*db, QStringLiteral("SELECT k FROM nowhere"));
    const Status s = broken.exec(QStringLiteral("Reading rotations"));
    REQUIRE_FALSE(s.ok());
    INFO(s.error().message.toStdString());
    CHECK(s.error().message.startsWith(QStringLiteral("Reading rotations: ")));
    CHECK(s.error().message.contains(QStringLiteral("nowhere")));
    CHECK_FALSE(broken.next());
}

TEST_CASE("BulkWriter writes QVariants as Qt's driver would bind them", "[db][scale]")
{
    TempFolder folder;
    auto db = openDb(folder.path(QStringLiteral("b.ntm")));
    makeTable(*db);
    {
        Transaction tx(*db);
        BulkWriter writer(*db);
        BulkTable& insert = writer.table(QStringLiteral("scratch"), {QStringLiteral("k"), QStringLiteral("t"),
                                                                     QStringLiteral("d"), QStringLiteral("r")});
        REQUIRE(writer.prepared().ok());
        insert.value(1, QVariant(qint64(7))).value(2, QVariant(QStringLiteral("Hà Tĩnh\ttab\\"))).value(3, QVariant());
        insert.value(4, QVariant(2.5));
        REQUIRE(insert.run().ok());
        insert.value(1, QVariant(true)).value(2, QVariant(QString())).value(3, sql::nullText()).value(4, QVariant(0.1));
        REQUIRE(insert.run().ok());
        REQUIRE(writer.finish().ok());
        REQUIRE(tx.commit().ok());
    }
    RowReader q(*db, QStringLiteral("SELECT k, t, d, r FROM scratch ORDER BY k DESC"));
    REQUIRE(q.exec(QStringLiteral("Reading")).ok());
    REQUIRE(q.next());
    CHECK(q.integer(0) == 7);
    CHECK(q.text(1) == QStringLiteral("Hà Tĩnh\ttab\\"));
    CHECK(q.utf8(1) == std::string_view("H\xc3\xa0 T\xc4\xa9nh\ttab\\"));
    CHECK(q.isNull(2));
    CHECK(q.real(3) == 2.5);
    REQUIRE(q.next());
    CHECK(q.integer(0) == 1); // true
    CHECK(q.isNull(1));
    CHECK(q.isNull(2));
    CHECK(q.real(3) == 0.1); // exactly the double that was written
    CHECK_FALSE(q.next());
}

TEST_CASE("BulkWriter sends many rows in several batches, and a bad row fails the whole write", "[db][scale]")
{
    TempFolder folder;
    auto db = openDb(folder.path(QStringLiteral("b.ntm")));
    makeTable(*db);
    {
        Transaction tx(*db);
        BulkWriter writer(*db);
        BulkTable& insert = writer.table(QStringLiteral("scratch"), {QStringLiteral("k"), QStringLiteral("t")});
        const QByteArray text(200, 'x');
        for (int k = 0; k < 30000; ++k) { // more than one batch of COPY on a server
            REQUIRE(insert.integer(1, k).text(2, text).run().ok());
        }
        REQUIRE(writer.finish().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM scratch")).value().toLongLong() == 30000);
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT sum(k) FROM scratch")).value().toLongLong() ==
          qint64(30000) * 29999 / 2);

    REQUIRE(
        sql::run(db->sql(), QStringLiteral("CREATE TABLE strict (k INTEGER NOT NULL)"), {}, QStringLiteral("t")).ok());
    Transaction tx(*db);
    BulkWriter writer(*db);
    BulkTable& insert = writer.table(QStringLiteral("strict"), {QStringLiteral("k")});
    Status failed = insert.integer(1, 1).run();
    if (failed) {
        failed = insert.null(1).run();
    }
    if (failed) {
        failed = writer.finish(); // a server finds the NULL when the batch arrives
    }
    REQUIRE_FALSE(failed.ok());
    const QString message = failed.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("strict")));
}
