// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreBench.h"

#include "ShellQueries.h"

#include "db/Database.h"
#include "service/CommuneDashboard.h"
#include "service/CriteriaBoard.h"
#include "service/StatsService.h"

#include <QMap>

#include <iostream>

namespace ntm::bench {

using namespace ntm::core;

namespace {
/// The stats as "met|communes" per count met, then "recognised|N" (the shell gives the recognised per count).
QStringList statsRows(const ProgressStats& s)
{
    QStringList rows;
    for (auto it = s.byMetCount.cbegin(); it != s.byMetCount.cend(); ++it) {
        rows.append(QStringLiteral("%1|%2").arg(it.key()).arg(it.value()));
    }
    rows.append(QStringLiteral("recognised|%1").arg(s.recognised));
    return rows;
}

QStringList shellStatsRows(const QStringList& shellRows)
{
    QStringList rows;
    int recognised = 0;
    for (const QString& r : shellRows) {
        rows.append(r.section(QLatin1Char('|'), 0, 1));
        recognised += r.section(QLatin1Char('|'), 2, 2).toInt();
    }
    rows.append(QStringLiteral("recognised|%1").arg(recognised));
    return rows;
}

/// The board summed up as the shell prints it: cells per status (the names are counted by the shell only).
QMap<QString, int> boardCells(const CriteriaBoardData& board)
{
    QMap<QString, int> cells;
    for (const BoardDistrict& d : board.districts) {
        for (const BoardCommune& c : d.communes) {
            for (const CriterionState& s : c.progress.criteria) {
                cells[Vocabulary::key(s.status).isEmpty() ? QStringLiteral("not_assessed")
                                                          : Vocabulary::key(s.status)]++;
            }
        }
    }
    return cells;
}

Figure shellFigure(const BenchContext& c, const QString& key, const QString& label, const QString& sql,
                   QStringList* rows)
{
    Figure f{key, label, QStringLiteral("ms"), {}, {}, 0, false, {}};
    for (int i = 0; i < c.runs; ++i) {
        const shell::ShellRun r = shell::run(c.database, sql);
        if (!r.error.isEmpty()) {
            f.note = r.error;
            break;
        }
        f.runs.append(r.queryMs);
        f.cpuRuns.append(r.queryCpuMs);
        *rows = r.rows;
    }
    return f;
}

void ratio(Figures& f, const QString& key, const QString& label, const QString& ours, const QString& theirs,
           double target)
{
    const Figure* a = f.find(ours);
    const Figure* b = f.find(theirs);
    if (a && b && b->median() > 0) {
        f.value(key, label + QStringLiteral(" (wall)"), QStringLiteral("×"), a->median() / b->median()).target = target;
    }
    if (a && b && b->cpuMedian() > 0) {
        f.value(key + QStringLiteral("_cpu"), label + QStringLiteral(" (CPU)"), QStringLiteral("×"),
                a->cpuMedian() / b->cpuMedian())
            .target = target;
    }
}

void measureStats(const BenchContext& c, Database& db, Figures& f)
{
    for (const bool province : {false, true}) {
        const QString scope = province ? QStringLiteral("province") : QStringLiteral("national");
        ProgressStats stats;
        f.time(QStringLiteral("stats_%1_query_ms").arg(scope), QStringLiteral("Stats, %1 (in the program)").arg(scope),
               c.runs,
               [&] { stats = StatsService(db).stats(c.asOf, {}, province ? c.provinceId : QString()).value(); });
        QStringList rows;
        f.add(shellFigure(c, QStringLiteral("stats_%1_sqlite3_ms").arg(scope),
                          QStringLiteral("Stats, %1 (sqlite3 shell)").arg(scope),
                          shell::statsSql(c.asOf, province ? c.provinceId : QString()), &rows));
        ratio(f, QStringLiteral("stats_%1_ratio").arg(scope), QStringLiteral("Stats, %1: program / sqlite3").arg(scope),
              QStringLiteral("stats_%1_query_ms").arg(scope), QStringLiteral("stats_%1_sqlite3_ms").arg(scope), 1.2);
        const bool same = statsRows(stats) == shellStatsRows(rows);
        f.value(QStringLiteral("stats_%1_same_answer").arg(scope), QStringLiteral("Stats, %1: same answer").arg(scope),
                QString(), same ? 1 : 0);
        if (!same) {
            std::cerr << "stats " << scope.toStdString()
                      << " differ:\n  ours:   " << statsRows(stats).join(QLatin1Char(' ')).toStdString()
                      << "\n  sqlite: " << shellStatsRows(rows).join(QLatin1Char(' ')).toStdString() << std::endl;
        }
    }
}

void measureBoard(const BenchContext& c, Database& db, Figures& f)
{
    for (const bool province : {true, false}) {
        const QString scope = province ? QStringLiteral("province") : QStringLiteral("country");
        BoardFilter filter;
        filter.provinceId = province ? c.provinceId : QString();
        CriteriaBoardData board;
        f.time(QStringLiteral("board_%1_query_ms").arg(scope),
               QStringLiteral("Board data, %1 (in the program)").arg(scope), c.runs,
               [&] { board = CriteriaBoardService(db).load(c.asOf, filter).value(); });
        QStringList rows;
        f.add(shellFigure(c, QStringLiteral("board_%1_sqlite3_ms").arg(scope),
                          QStringLiteral("Board data, %1 (sqlite3 shell)").arg(scope),
                          shell::boardSql(c.asOf, province ? c.provinceId : QString()), &rows));
        ratio(f, QStringLiteral("board_%1_ratio").arg(scope),
              QStringLiteral("Board data, %1: program / sqlite3").arg(scope),
              QStringLiteral("board_%1_query_ms").arg(scope), QStringLiteral("board_%1_sqlite3_ms").arg(scope), 0);
        QStringList ours;
        const QMap<QString, int> cells = boardCells(board);
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            ours.append(QStringLiteral("%1|%2").arg(it.key()).arg(it.value()));
        }
        QStringList theirs;
        for (const QString& row : std::as_const(rows)) {
            theirs.append(row.section(QLatin1Char('|'), 0, 1));
        }
        f.value(QStringLiteral("board_%1_same_answer").arg(scope),
                QStringLiteral("Board data, %1: same answer").arg(scope), QString(), ours == theirs ? 1 : 0);
        if (ours != theirs) {
            std::cerr << "board " << scope.toStdString()
                      << " differs:\n  ours:   " << ours.join(QLatin1Char(' ')).toStdString()
                      << "\n  sqlite: " << theirs.join(QLatin1Char(' ')).toStdString() << std::endl;
        }
    }
}
} // namespace

void measureCore(const BenchContext& c, Figures& f)
{
    Database::Options options;
    options.create = false;
    auto db = Database::open(c.database, options);
    if (!db) {
        std::cerr << db.error().message.toStdString() << std::endl;
        return;
    }
    measureStats(c, *db.value(), f);
    measureBoard(c, *db.value(), f);
    f.time(QStringLiteral("dashboard_query_ms"), QStringLiteral("Dashboard data of one commune"), c.runs, [&] {
        const auto d = CommuneDashboardService(*db.value()).load(c.communeId, c.asOf);
        Q_ASSERT(d.ok());
    });
}

} // namespace ntm::bench
