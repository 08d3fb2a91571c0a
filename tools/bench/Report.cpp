// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <nlohmann/json.hpp>

#include <iostream>

namespace ntm::bench {

namespace {
using json = nlohmann::ordered_json;

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// hyperfine's runs of each command of an export, as figures (wall times; CPU: user + system, mean).
QList<Figure> hyperfineRuns(const QString& path)
{
    QList<Figure> out;
    const std::string text = readText(path).toStdString();
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.contains("results")) {
        return out;
    }
    for (const json& r : j.at("results")) {
        Figure f;
        f.unit = QStringLiteral("ms");
        for (const json& t : r.at("times")) {
            f.runs.append(t.get<double>() * 1000.0);
        }
        f.cpuRuns.append((r.value("user", 0.0) + r.value("system", 0.0)) * 1000.0);
        out.append(f);
    }
    return out;
}

Figure named(Figure f, const QString& key, const QString& label, double target = 0)
{
    f.key = key;
    f.label = label;
    f.target = target;
    return f;
}

/// Rows in every table of a database (what an import wrote, less what `init` writes).
qint64 rowsIn(const QString& path)
{
    core::Database::Options options;
    options.create = false;
    auto db = core::Database::open(path, options);
    if (!db) {
        return 0;
    }
    QSqlQuery tables = core::sql::prepare(
        db.value()->sql(),
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    qint64 rows = 0;
    if (tables.exec()) {
        while (tables.next()) {
            // A table name read from the database itself, quoted.
            const auto n = core::sql::scalar(
                db.value()->sql(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tables.value(0).toString()));
            rows += n ? n.value().toLongLong() : 0;
        }
    }
    return rows;
}

double peakMegabytes(const QString& timeReport)
{
    static const QRegularExpression line(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"));
    const auto m = line.match(readText(timeReport));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : 0;
}

void addProcessFigures(const QString& results, Figures& f)
{
    const auto start = hyperfineRuns(results + QStringLiteral("/cold-start.json"));
    if (!start.isEmpty()) {
        f.add(named(start.first(), QStringLiteral("cold_start_ms"),
                    QStringLiteral("Cold start to the main window with data (ntm-tracker)"), 800));
    }
    for (const QString& scope : {QStringLiteral("national"), QStringLiteral("province")}) {
        const auto runs = hyperfineRuns(results + QStringLiteral("/stats-%1.json").arg(scope));
        if (runs.size() != 2) {
            continue;
        }
        f.add(named(runs.at(0), QStringLiteral("stats_%1_cli_ms").arg(scope),
                    QStringLiteral("ntm-cli stats, %1").arg(scope)));
        f.add(named(runs.at(1), QStringLiteral("stats_%1_cli_sqlite3_ms").arg(scope),
                    QStringLiteral("sqlite3 shell, same stats, %1").arg(scope)));
        f.value(QStringLiteral("stats_%1_cli_ratio").arg(scope),
                QStringLiteral("ntm-cli stats / sqlite3 shell, %1 (processes, wall)").arg(scope), QStringLiteral("×"),
                runs.at(0).median() / runs.at(1).median())
            .target = 1.2;
        f.value(QStringLiteral("stats_%1_cli_cpu_ratio").arg(scope),
                QStringLiteral("ntm-cli stats / sqlite3 shell, %1 (processes, CPU)").arg(scope), QStringLiteral("×"),
                runs.at(0).cpuMedian() / std::max(1e-9, runs.at(1).cpuMedian()))
            .target = 1.2;
    }
    const auto exportRuns = hyperfineRuns(results + QStringLiteral("/export.json"));
    if (!exportRuns.isEmpty()) {
        f.add(named(exportRuns.first(), QStringLiteral("export_package_ms"),
                    QStringLiteral("Export the database as a JSON package")));
    }
    const auto importRuns = hyperfineRuns(results + QStringLiteral("/import.json"));
    if (!importRuns.isEmpty()) {
        const Figure& import = f.add(named(importRuns.first(), QStringLiteral("import_package_ms"),
                                           QStringLiteral("Import the package into an empty database")));
        const qint64 rows =
            rowsIn(results + QStringLiteral("/import.ntm")) - rowsIn(results + QStringLiteral("/init.ntm"));
        const double wall = import.median();
        const double cpu = import.cpuMedian();
        Figure& speed =
            f.value(QStringLiteral("import_rows_per_s"), QStringLiteral("Import speed (file to commit, wall)"),
                    QStringLiteral("rows/s"), rows / (wall / 1000.0));
        speed.target = 200000;
        speed.higherIsBetter = true;
        speed.note = QStringLiteral("%1 rows").arg(rows);
        Figure& cpuSpeed =
            f.value(QStringLiteral("import_rows_per_cpu_s"), QStringLiteral("Import speed (per CPU second)"),
                    QStringLiteral("rows/s"), rows / (std::max(1.0, cpu) / 1000.0));
        cpuSpeed.target = 200000;
        cpuSpeed.higherIsBetter = true;
    }
}

void addOtherFigures(const QString& results, Figures& f)
{
    static const QRegularExpression generated(
        QStringLiteral("in ([0-9.]+) s: (\\d+) rows \\((\\d+) rows per second\\)"));
    const auto m = generated.match(readText(results + QStringLiteral("/generate.txt")));
    if (m.hasMatch()) {
        Figure& g =
            f.value(QStringLiteral("generate_rows_per_s"), QStringLiteral("Generation of the national database"),
                    QStringLiteral("rows/s"), m.captured(3).toDouble());
        g.target = 200000;
        g.higherIsBetter = true;
        g.note = QStringLiteral("%1 rows in %2 s").arg(m.captured(2), m.captured(1));
    }
    for (const auto& [file, key, label] :
         {std::tuple{QStringLiteral("time-app.txt"), QStringLiteral("peak_memory_app_mb"),
                     QStringLiteral("Peak memory: app started on the national database")},
          std::tuple{QStringLiteral("time-views.txt"), QStringLiteral("peak_memory_views_mb"),
                     QStringLiteral("Peak memory: every view opened (ntm-bench)")}}) {
        const double mb = peakMegabytes(results + QLatin1Char('/') + file);
        if (mb > 0) {
            f.value(key, label, QStringLiteral("MB"), mb).target = 250;
        }
    }
}

json machine()
{
    json m;
    m["cores"] = QThread::idealThreadCount();
    static const QRegularExpression model(QStringLiteral("model name\\s*:\\s*(.+)"));
    m["cpu"] = model.match(readText(QStringLiteral("/proc/cpuinfo"))).captured(1).toStdString();
    static const QRegularExpression memory(QStringLiteral("MemTotal:\\s*(\\d+) kB"));
    m["memory_gib"] = memory.match(readText(QStringLiteral("/proc/meminfo"))).captured(1).toDouble() / 1048576.0;
    m["os"] = QSysInfo::prettyProductName().toStdString();
    m["kernel"] = QSysInfo::kernelVersion().toStdString();
    m["qt"] = qVersion();
    return m;
}

void printTable(const Figures& f)
{
    std::cout << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(QStringLiteral("measure"), -60)
                     .arg(QStringLiteral("median"), 13)
                     .arg(QStringLiteral("CPU"), 10)
                     .arg(QStringLiteral("target"), 11)
                     .arg(QString(), 7)
                     .toStdString()
              << "\n";
    for (const Figure& fig : f.all()) {
        const int decimals = fig.unit == QLatin1String("×") ? 2 : fig.median() >= 100 ? 0 : 1;
        const QString value = QString::number(fig.median(), 'f', decimals) + QLatin1Char(' ') + fig.unit;
        const QString cpu =
            fig.cpuRuns.isEmpty() ? QString() : QString::number(fig.cpuMedian(), 'f', 0) + QStringLiteral(" ms");
        const QString target = fig.target > 0 ? (fig.higherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) +
                                                    QString::number(fig.target)
                                              : QString();
        std::cout << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(fig.label.left(60), -60)
                         .arg(value, 13)
                         .arg(cpu, 10)
                         .arg(target, 11)
                         .arg(fig.verdict(), 7)
                         .toStdString()
                  << "\n";
    }
}
} // namespace

bool writeFigures(const Figures& figures, const QString& path)
{
    json list = json::array();
    for (const Figure& f : figures.all()) {
        json j;
        j["key"] = f.key.toStdString();
        j["label"] = f.label.toStdString();
        j["unit"] = f.unit.toStdString();
        j["median"] = f.median();
        j["runs"] = json::array();
        for (double r : f.runs) {
            j["runs"].push_back(r);
        }
        j["cpu_median"] = f.cpuRuns.isEmpty() ? json(nullptr) : json(f.cpuMedian());
        j["cpu_runs"] = json::array();
        for (double r : f.cpuRuns) {
            j["cpu_runs"].push_back(r);
        }
        j["target"] = f.target > 0 ? json(f.target) : json(nullptr);
        j["higher_is_better"] = f.higherIsBetter;
        j["verdict"] = f.verdict().isEmpty() ? json(nullptr) : json(f.verdict().toStdString());
        j["note"] = f.note.toStdString();
        list.push_back(j);
    }
    json root;
    root["machine"] = machine();
    root["figures"] = list;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    out.write(QByteArray::fromStdString(root.dump(2)));
    return true;
}

Figures readFigures(const QString& path)
{
    Figures f;
    const json root = json::parse(readText(path).toStdString(), nullptr, false);
    if (root.is_discarded() || !root.contains("figures")) {
        return f;
    }
    for (const json& j : root.at("figures")) {
        Figure fig{QString::fromStdString(j.at("key").get<std::string>()),
                   QString::fromStdString(j.at("label").get<std::string>()),
                   QString::fromStdString(j.at("unit").get<std::string>()),
                   {},
                   {},
                   0,
                   false,
                   QString::fromStdString(j.value("note", std::string()))};
        for (const json& r : j.at("runs")) {
            fig.runs.append(r.get<double>());
        }
        for (const json& r : j.value("cpu_runs", json::array())) {
            fig.cpuRuns.append(r.get<double>());
        }
        fig.target = j.at("target").is_number() ? j.at("target").get<double>() : 0;
        fig.higherIsBetter = j.value("higher_is_better", false);
        f.add(fig);
    }
    return f;
}

int report(const QString& results, const QString& out)
{
    Figures f;
    addOtherFigures(results, f);
    addProcessFigures(results, f);
    const Figures views = readFigures(results + QStringLiteral("/views.json"));
    for (const Figure& fig : views.all()) {
        f.add(fig);
    }
    printTable(f);
    if (!writeFigures(f, out)) {
        std::cerr << "ntm-bench: cannot write " << out.toStdString() << std::endl;
        return 1;
    }
    std::cout << "\nWritten: " << out.toStdString() << std::endl;
    return 0;
}

} // namespace ntm::bench
