// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-bench: the in-program measures of scripts/bench.sh, and its report. See docs/performance.md.
//
//   ntm-bench views DATABASE --out FIGURES.json [--runs N]   core services vs the sqlite3 shell, then the views
//   ntm-bench sql DATABASE --out FOLDER                       the shell's SQL for the stats (for hyperfine)
//   ntm-bench users DATABASE [--users N] [--seconds S] [--out F] simulated people at once (issue 13)
//   ntm-bench report --results FOLDER --out bench.json        the table of everything measured
#include "BenchContext.h"
#include "CoreBench.h"
#include "Report.h"
#include "ShellQueries.h"
#include "UsersBench.h"
#include "ViewBench.h"

#include "db/Database.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>

#include <sys/resource.h>

#include <iostream>

using namespace ntm::bench;

namespace {
QString option(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

bool prepare(BenchContext& c)
{
    ntm::core::Database::Options options;
    options.create = false;
    auto db = ntm::core::Database::open(c.database, options);
    QString error;
    if (!db || !c.choose(*db.value(), &error)) {
        std::cerr << "ntm-bench: " << (db ? error : db.error().message).toStdString() << std::endl;
        return false;
    }
    return true;
}

int views(const QStringList& args)
{
    BenchContext c;
    c.database = args.value(1);
    c.runs = option(args, QStringLiteral("--runs"), QStringLiteral("7")).toInt();
    c.only = option(args, QStringLiteral("--only"));
    if (!prepare(c)) {
        return 1;
    }
    std::cerr << "ntm-bench: province " << c.provinceName.toStdString() << ", commune " << c.communeId.toStdString()
              << std::endl;
    Figures f;
    if (c.wants(QStringLiteral("core"))) {
        measureCore(c, f);
    }
    if (c.only != QLatin1String("core")) {
        measureViews(c, f);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    f.value(QStringLiteral("peak_memory_bench_mb"), QStringLiteral("Peak memory of ntm-bench (getrusage)"),
            QStringLiteral("MB"), usage.ru_maxrss / 1024.0);
    return writeFigures(f, option(args, QStringLiteral("--out"), QStringLiteral("views.json"))) ? 0 : 1;
}

int sqlCommand(const QStringList& args)
{
    BenchContext c;
    c.database = args.value(1);
    if (!prepare(c)) {
        return 1;
    }
    const QString folder = option(args, QStringLiteral("--out"), QStringLiteral("."));
    const QList<std::pair<QString, QString>> files{
        {QStringLiteral("stats-national.sql"), shell::statsSql(c.asOf)},
        {QStringLiteral("stats-province.sql"), shell::statsSql(c.asOf, c.provinceId)},
        {QStringLiteral("province.txt"), c.provinceName},
        {QStringLiteral("as-of.txt"), c.asOf.toString(Qt::ISODate)}};
    for (const auto& [name, text] : files) {
        QFile f(folder + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::cerr << "ntm-bench: cannot write " << f.fileName().toStdString() << std::endl;
            return 1;
        }
        f.write(text.toUtf8() + '\n');
    }
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NTM Tracker Bench"));
    QApplication::setApplicationName(QStringLiteral("ntm-bench"));
    QStringList args = QApplication::arguments();
    args.removeFirst();
    const QString command = args.value(0);
    if (command == QLatin1String("views") && args.size() >= 2) {
        return views(args);
    }
    if (command == QLatin1String("sql") && args.size() >= 2) {
        return sqlCommand(args);
    }
    if (command == QLatin1String("users") && args.size() >= 2) {
        UsersOptions o;
        o.database = args.at(1);
        o.users = option(args, QStringLiteral("--users"), QStringLiteral("20")).toInt();
        o.seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
        o.out = option(args, QStringLiteral("--out"));
        return runUsers(o);
    }
    if (command == QLatin1String("report")) {
        return report(option(args, QStringLiteral("--results"), QStringLiteral(".")),
                      option(args, QStringLiteral("--out"), QStringLiteral("bench.json")));
    }
    std::cerr << "Usage: ntm-bench views DATABASE --out FIGURES.json [--runs N] [--only core|rotations|board|others]\n"
                 "       ntm-bench sql DATABASE --out FOLDER\n"
                 "       ntm-bench users DATABASE [--users 20] [--seconds 60] [--out FIGURES.json]\n"
                 "       ntm-bench report --results FOLDER --out bench.json\n";
    return 2;
}
