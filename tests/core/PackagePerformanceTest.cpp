// SPDX-License-Identifier: GPL-3.0-or-later
// Import speed of exchange packages (issue 7 asks for 200,000 rows per second). Not a timed test: it is hidden
// (run it with `ntm_core_tests "[.package-speed]"`) and prints what it measures. Set NTM_PACKAGE_SPEED_ROWS to
// choose how many assessments the generated package holds (default 1,000,000).
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "package/ExchangeState.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackagePlanner.h"
#include "package/PackageReader.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <ctime>
#include <iostream>

using namespace ntm::core;
using namespace ntm::test;

TEST_CASE("Package: import speed on a generated large package", "[.package-speed][file]")
{
    TempFolder folder;
    const qint64 wanted = qEnvironmentVariableIsSet("NTM_PACKAGE_SPEED_ROWS")
                              ? qEnvironmentVariable("NTM_PACKAGE_SPEED_ROWS").toLongLong()
                              : 1000000;
    auto source = openDb(folder.path(QStringLiteral("source.ntm")));
    REQUIRE(DemoBuilder(*source).build().ok());
    // Copies of the demo's assessments under new ids, one per day later, until there are `wanted`.
    const qint64 demo =
        sql::scalar(source->sql(), QStringLiteral("SELECT count(*) FROM assessment")).value().toLongLong();
    const qint64 copies = std::max<qint64>(0, wanted / demo - 1);
    REQUIRE(
        sql::run(source->sql(),
                 QStringLiteral(
                     "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?) "
                     "INSERT INTO assessment (id, seq, commune_id, criterion_id, set_id, family, criterion_number, "
                     "assessed_on, status, note, evidence_ref, recorded_by, recorded_at, illustrative) "
                     "SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
                     "substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || "
                     "lower(hex(randomblob(6))), a.seq + k * 1000000, a.commune_id, a.criterion_id, a.set_id, "
                     "a.family, a.criterion_number, a.assessed_on, a.status, a.note, a.evidence_ref, a.recorded_by, "
                     "a.recorded_at, a.illustrative FROM assessment a, n"),
                 {copies}, QStringLiteral("copying"))
            .ok());
    const QString file = folder.path(QStringLiteral("big.json"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(PackageExporter(*source).write(file, PackageScope::database(*source).value()).ok());
    const qint64 exportMs = timer.restart();
    auto target = openDb(folder.path(QStringLiteral("target.ntm")));
    REQUIRE(CriteriaImporter(*target).importShipped().ok());
    // CPU time too: on a shared machine other processes slow the wall clock down, not the work done here.
    auto cpuMs = [] { return qint64(double(std::clock()) * 1000.0 / CLOCKS_PER_SEC); };
    timer.restart();
    qint64 cpu = cpuMs();
    const auto package = PackageReader::readFile(file);
    REQUIRE(package.ok());
    const qint64 readMs = timer.restart();
    const qint64 readCpu = cpuMs() - cpu;
    const auto state = ExchangeState::load(*target);
    REQUIRE(state.ok());
    const auto plan = PackagePlanner(*target, package.value(), state.value()).plan({});
    REQUIRE(plan.ok());
    const qint64 planMs = timer.restart();
    cpu = cpuMs();
    const auto outcome = PackageImporter(*target).import(package.value());
    REQUIRE(outcome.ok());
    const qint64 importMs = timer.restart();
    const qint64 importCpu = cpuMs() - cpu;
    const qint64 rows = outcome.value().rowsWritten;
    const double seconds = double(readMs + importMs) / 1000.0;
    std::cout << "package: " << QFileInfo(file).size() / (1024 * 1024) << " MiB, " << package.value().recordCount()
              << " records; export " << exportMs << " ms; read " << readMs << " ms; compare " << planMs
              << " ms; import (compare + write + commit) " << importMs << " ms; " << rows << " rows written; "
              << qint64(double(rows) / seconds) << " rows/s from file to commit, "
              << qint64(double(rows) * 1000.0 / double(importMs)) << " rows/s once read; CPU time: read " << readCpu
              << " ms, import " << importCpu << " ms, " << qint64(double(rows) * 1000.0 / double(readCpu + importCpu))
              << " rows/s from file to commit, " << qint64(double(rows) * 1000.0 / double(importCpu))
              << " rows/s once read" << std::endl;
    CHECK(rows >= package.value().recordCount() - 10);
}
