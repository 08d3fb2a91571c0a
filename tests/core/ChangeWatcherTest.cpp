// SPDX-License-Identifier: GPL-3.0-or-later
// Live views: another session's commit reaches an open database's watcher within two seconds (on a server through
// LISTEN/NOTIFY from the audit triggers, on a file by polling); the session's own commits and rolled-back work do
// not.
#include "TestSupport.h"

#include "db/ChangeWatcher.h"
#include "db/Database.h"
#include "service/OfficialService.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace ntm::core;
using namespace ntm::test;

namespace {
Official named(const QString& name)
{
    Official o;
    o.fullName = name;
    return o;
}
} // namespace

TEST_CASE("Another session's commit reaches the watcher within two seconds, its own commits do not", "[db][live]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("live.ntm"));
    auto mine = openDb(path);
    auto theirs = openDb(path);
    ChangeWatcher watcher(*mine);
    watcher.setIntervals(200, 50);
    CHECK(watcher.isListening() == onServer());
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);

    REQUIRE(OfficialService(*mine).create(named(QStringLiteral("Nguyễn Văn Một"))).ok());
    CHECK_FALSE(spy.wait(700));

    {
        Transaction undone(*theirs);
        REQUIRE(undone.started().ok());
        REQUIRE(OfficialService(*theirs).create(named(QStringLiteral("Bỏ đi"))).ok());
    } // rolled back: nothing was committed
    CHECK_FALSE(spy.wait(700));

    QElapsedTimer clock;
    clock.start();
    REQUIRE(OfficialService(*theirs).create(named(QStringLiteral("Trần Thị Hai"))).ok());
    REQUIRE(spy.wait(2000));
    CHECK(clock.elapsed() < 2000);
    const QStringList tables = spy.constFirst().constFirst().toStringList();
    if (onServer()) {
        CHECK(tables.contains(QStringLiteral("official")));
    } else {
        CHECK(tables.isEmpty()); // a file tells that something changed, not what
    }
}

TEST_CASE("A burst of commits from another session is one signal", "[db][live]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("burst.ntm"));
    auto mine = openDb(path);
    auto theirs = openDb(path);
    ChangeWatcher watcher(*mine);
    watcher.setIntervals(100, 400);
    QSignalSpy spy(&watcher, &ChangeWatcher::changed);
    for (int i = 0; i < 5; ++i) {
        REQUIRE(OfficialService(*theirs).create(named(QStringLiteral("Cán bộ %1").arg(i))).ok());
    }
    REQUIRE(spy.wait(2000));
    CHECK_FALSE(spy.wait(600));
    CHECK(spy.size() == 1);
}
