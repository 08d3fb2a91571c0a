// SPDX-License-Identifier: GPL-3.0-or-later
// A crash during a bulk import: ntm-cli import-sheet and ntm-cli import run in a child process that is killed
// (SIGKILL) at a random moment; each time the database must pass PRAGMA integrity_check and hold the whole import
// or none of it. NTM_CRASH_TRIALS sets the number of trials of each kind (scripts/crash-trials.sh runs many more),
// NTM_CRASH_SEED the random seed (printed, so a failure can be replayed).
#include "TestSupport.h"

#include "db/Sql.h"
#include "package/PackageExporter.h"
#include "package/PackageScope.h"
#include "service/OfficialService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace ntm::core;
using namespace ntm::test;

namespace {
constexpr int kOfficials = 3000;

struct Outcome
{
    int none = 0;     ///< killed before the commit: nothing of the import
    int all = 0;      ///< the whole import (killed after the commit, or finished)
    int finished = 0; ///< of `all`, the runs that ended before the kill
};

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

qint64 scalar(Database& db, const QString& statement)
{
    return sql::scalar(db.sql(), statement).value().toLongLong();
}

/// A database with the criteria sets and nothing else, closed (so the file alone is the whole database).
QString makeBase(const TempFolder& tmp)
{
    const QString path = tmp.path(QStringLiteral("base.ntm"));
    QProcess p;
    p.start(QStringLiteral(NTM_CLI_PATH), {QStringLiteral("init"), path});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return path;
}

QString makeSheet(const TempFolder& tmp)
{
    const QString path = tmp.path(QStringLiteral("officials.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF");
    f.write(QStringLiteral("Họ và tên,Giới tính,Ngày sinh,Chức vụ\r\n").toUtf8());
    for (int i = 0; i < kOfficials; ++i) {
        f.write(QStringLiteral("Nguyễn Văn Thử %1,Nam,%2/%3/%4,Cán bộ %1\r\n")
                    .arg(i)
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                    .arg(1960 + i % 40)
                    .toUtf8());
    }
    return path;
}

/// An exchange package of kOfficials officials, made from a copy of the base database.
QString makePackage(const TempFolder& tmp, const QString& base)
{
    const QString source = tmp.path(QStringLiteral("source.ntm"));
    REQUIRE(QFile::copy(base, source));
    auto db = openDb(source);
    {
        Transaction tx(*db);
        for (int i = 0; i < kOfficials; ++i) {
            Official o;
            o.fullName = QStringLiteral("Trần Thị Gói %1").arg(i);
            o.gender = Gender::Female;
            REQUIRE(OfficialService(*db).create(o).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    const QString path = tmp.path(QStringLiteral("officials.json"));
    REQUIRE(PackageExporter(*db).write(path, PackageScope::database(*db).value()).ok());
    return path;
}

/// Runs the import once to the end and returns how long it took (ms).
qint64 fullRun(const QString& base, const QString& trial, const QStringList& args)
{
    QFile::remove(trial);
    REQUIRE(QFile::copy(base, trial));
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral(NTM_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return t.elapsed();
}

/// Kills the import at random moments; checks every database afterwards.
Outcome trials(const QString& base, const QString& trial, const QStringList& args, int count, QRandomGenerator& random)
{
    const qint64 duration = std::max<qint64>(50, fullRun(base, trial, args));
    qint64 baseAudit = 0;
    {
        auto db = openDb(base);
        baseAudit = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
    }
    Outcome outcome;
    for (int i = 0; i < count; ++i) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(trial + suffix);
        }
        REQUIRE(QFile::copy(base, trial));
        const int delay = static_cast<int>(random.bounded(static_cast<quint32>(duration * 11 / 10)));
        QProcess p;
        p.start(QStringLiteral(NTM_CLI_PATH), args);
        REQUIRE(p.waitForStarted(30000));
        const bool finished = p.waitForFinished(delay);
        if (!finished) {
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            REQUIRE(p.waitForFinished(30000));
        }
        INFO("trial " << i << ", killed after " << delay << " ms of " << duration);
        auto db = openDb(trial);
        CHECK(sql::scalar(db->sql(), QStringLiteral("PRAGMA integrity_check")).value().toString() ==
              QStringLiteral("ok"));
        CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).value().toInt() ==
              0);
        const qint64 officials = scalar(*db, QStringLiteral("SELECT count(*) FROM official"));
        const qint64 audit = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        CHECK((officials == 0 || officials == kOfficials));
        if (officials == 0) {
            CHECK(audit == baseAudit);
            ++outcome.none;
        } else {
            CHECK(audit >= baseAudit + kOfficials);
            ++outcome.all;
            outcome.finished += finished ? 1 : 0;
        }
    }
    return outcome;
}
} // namespace

TEST_CASE("cli: an import killed at any moment leaves the whole import or none of it", "[cli][crash][file]")
{
    const int count = envInt("NTM_CRASH_TRIALS", 30);
    const quint32 seed =
        static_cast<quint32>(envInt("NTM_CRASH_SEED", static_cast<int>(QRandomGenerator::system()->bounded(1 << 30))));
    QRandomGenerator random(seed);
    TempFolder tmp;
    const QString base = makeBase(tmp);
    const QString trial = tmp.path(QStringLiteral("trial.ntm"));
    const QString sheet = makeSheet(tmp);
    const QString package = makePackage(tmp, base);

    const Outcome sheets =
        trials(base, trial,
               {QStringLiteral("import-sheet"), trial, sheet, QStringLiteral("--kind"), QStringLiteral("officials")},
               count, random);
    const Outcome packages = trials(base, trial, {QStringLiteral("import"), trial, package}, count, random);
    WARN("crash trials (seed " << seed << "): import-sheet " << count << " (none " << sheets.none << ", all "
                               << sheets.all << " of which " << sheets.finished << " finished); import " << count
                               << " (none " << packages.none << ", all " << packages.all << " of which "
                               << packages.finished << " finished); every database passed integrity_check");
    // Some kills must land before the commit and some after it, or the trials test nothing.
    CHECK(sheets.none + packages.none > 0);
    CHECK(sheets.all + packages.all > 0);
}
