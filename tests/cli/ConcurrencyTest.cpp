// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one database making thousands of edits of the same records: no write fails because the other
// process holds the database ("database is locked" never reaches the user), and an edit of a record the other
// process changed since it was read is refused as a conflict, never applied: every successful edit is counted once
// in the row versions and once in the audit log.
#include "TestSupport.h"

#include "db/Sql.h"
#include "service/OfficialService.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

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

TEST_CASE("cli: two processes editing the same records: no lock errors, every conflict detected",
          "[cli][concurrency][file]")
{
    const int edits = envInt("NTM_CONCURRENT_EDITS", 2000);
    constexpr int kRecords = 20;
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
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(NTM_EDIT_WORKER_PATH),
                {path, QStringLiteral("first"), QString::number(edits), QStringLiteral("11")});
    second.start(QStringLiteral(NTM_EDIT_WORKER_PATH),
                 {path, QStringLiteral("second"), QString::number(edits), QStringLiteral("22")});
    REQUIRE(first.waitForFinished(600000));
    REQUIRE(second.waitForFinished(600000));
    const qint64 ms = t.elapsed();
    INFO(QString::fromUtf8(first.readAllStandardError()).left(2000).toStdString());
    INFO(QString::fromUtf8(second.readAllStandardError()).left(2000).toStdString());
    const WorkerResult a = parse(first);
    const WorkerResult b = parse(second);
    CHECK(a.errors == 0);
    CHECK(b.errors == 0);
    CHECK(a.ok + a.conflicts == edits);
    CHECK(b.ok + b.conflicts == edits);
    CHECK(a.ok > 0);
    CHECK(b.ok > 0);

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
    CHECK(versions == a.ok + b.ok);
    CHECK(updates == a.ok + b.ok);
    CHECK(audit == auditBefore + a.ok + b.ok);
    CHECK(sql::scalar(db->sql(), QStringLiteral("PRAGMA integrity_check")).value().toString() == QStringLiteral("ok"));
    WARN("two processes, " << 2 * edits << " edits of " << kRecords << " officials in " << ms << " ms: " << a.ok + b.ok
                           << " saved, " << a.conflicts + b.conflicts
                           << " refused as changed by the other process, 0 lock errors");
}
