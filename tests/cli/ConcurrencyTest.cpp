// SPDX-License-Identifier: GPL-3.0-or-later
// Four processes on one database (a file, or a server database) making 2,000 edits each of the same records: no
// write fails because another process holds the database ("database is locked" never reaches the user), and an
// edit of a record another process changed since it was read is refused as a conflict, never applied: every
// successful edit is counted once in the row versions and once in the audit log (no lost update).
#include "TestSupport.h"

#include "db/Sql.h"
#include "service/OfficialService.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <memory>
#include <vector>

using namespace ntm::core;
using namespace ntm::test;

namespace {
struct WorkerResult
{
    int ok = 0;
    int conflicts = 0;
    int errors = -1;
};

WorkerResult parse(QProcess& p)
{
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("ok=(\\d+) conflicts=(\\d+) errors=(\\d+)"));
    const auto m = line.match(out);
    if (!m.hasMatch()) {
        return {};
    }
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}
} // namespace

TEST_CASE("cli: four clients editing the same records: no lock errors, every conflict detected, no lost update",
          "[cli][concurrency]")
{
    const int edits = envInt("NTM_CONCURRENT_EDITS", 2000);
    constexpr int kRecords = 20;
    constexpr int kClients = 4;
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("shared.ntm"));
    qint64 auditBefore = 0;
    {
        auto db = openDb(path);
        for (int i = 0; i < kRecords; ++i) {
            Official o;
            o.fullName = QStringLiteral("Cán bộ dùng chung %1").arg(i);
            REQUIRE(OfficialService(*db).create(o).ok());
        }
        auditBefore = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
    }
    QElapsedTimer t;
    t.start();
    std::vector<std::unique_ptr<QProcess>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<QProcess>());
        clients.back()->start(QStringLiteral(NTM_EDIT_WORKER_PATH),
                              {dbLocation(path), QStringLiteral("client%1").arg(i + 1), QString::number(edits),
                               QString::number(11 * (i + 1))});
    }
    int saved = 0;
    int conflicts = 0;
    for (auto& client : clients) {
        REQUIRE(client->waitForFinished(900000));
        INFO(QString::fromUtf8(client->readAllStandardError()).left(2000).toStdString());
        const WorkerResult r = parse(*client);
        CHECK(r.errors == 0);
        CHECK(r.ok + r.conflicts == edits);
        CHECK(r.ok > 0);
        saved += r.ok;
        conflicts += r.conflicts;
    }
    const qint64 ms = t.elapsed();

    auto db = openDb(path);
    const qint64 versions =
        sql::scalar(db->sql(), QStringLiteral("SELECT coalesce(sum(row_version - 1), 0) FROM official"))
            .value()
            .toLongLong();
    const qint64 updates =
        sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update'"))
            .value()
            .toLongLong();
    const qint64 audit = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
    CHECK(versions == saved);
    CHECK(updates == saved);
    CHECK(audit == auditBefore + saved);
    if (!onServer()) {
        CHECK(sql::scalar(db->sql(), QStringLiteral("PRAGMA integrity_check")).value().toString() ==
              QStringLiteral("ok"));
    }
    WARN(kClients << " clients, " << kClients * edits << " edits of " << kRecords << " officials in " << ms << " ms"
                  << (onServer() ? " on a server: " : " on a file: ") << saved << " saved, " << conflicts
                  << " refused as changed by another client, 0 lock errors");
}
