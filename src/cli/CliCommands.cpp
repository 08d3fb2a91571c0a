// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "CliArgs.h"

#include "criteria/CriteriaImporter.h"
#include "db/Database.h"
#include "demo/DemoBuilder.h"
#include "service/RotationImpact.h"
#include "service/StatsService.h"
#include "service/UnitLookup.h"
#include "util/Dates.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>

namespace ntm::cli {

using namespace ntm::core;
using ojson = nlohmann::ordered_json;

namespace {
struct Command
{
    const char* name;
    QSet<QString> valued;
    QSet<QString> flags;
    int positional;
    std::function<int(const CliArgs&, QTextStream&, QTextStream&)> run;
};

int userError(QTextStream& err, const QString& message)
{
    err << "ntm-cli: " << message << Qt::endl;
    return kUserError;
}

std::unique_ptr<Database> openExisting(const QString& path, QTextStream& err)
{
    Database::Options options;
    options.create = false;
    auto db = Database::open(path, options);
    if (!db) {
        err << "ntm-cli: " << db.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(db).value();
}

bool parseDate(const CliArgs& a, const QString& option, QDate* out, QTextStream& err)
{
    const QString text = a.value(option);
    *out = dates::fromIso(text);
    if (!out->isValid()) {
        err << "ntm-cli: --" << option << " \"" << text << "\" is not a date (use YYYY-MM-DD)" << Qt::endl;
        return false;
    }
    return true;
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

ojson dateOrNull(const QDate& d)
{
    return d.isValid() ? ojson(utf8(dates::toIso(d))) : ojson(nullptr);
}

int cmdInit(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString path = a.positional().at(0);
    const bool existed = QFileInfo(path).exists() && QFileInfo(path).size() > 0;
    auto db = Database::open(path);
    if (!db) {
        return userError(err, db.error().message);
    }
    if (Status s = CriteriaImporter(*db.value()).importShipped(); !s) {
        return userError(err, s.error().message);
    }
    out << (existed ? "Checked and upgraded " : "Created ") << QFileInfo(path).absoluteFilePath() << " (schema "
        << db.value()->schemaVersion() << ")" << Qt::endl;
    if (!db.value()->backupPath().isEmpty()) {
        out << "Backup of the earlier version: " << db.value()->backupPath() << Qt::endl;
    }
    return kOk;
}

int cmdDemo(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString path = a.positional().at(0);
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        return userError(err, QStringLiteral("%1 already exists; the demo is built only into a new file").arg(path));
    }
    auto db = Database::open(path);
    if (!db) {
        return userError(err, db.error().message);
    }
    if (Status s = DemoBuilder(*db.value()).build(); !s) {
        db = Error{};
        QFile::remove(path);
        return userError(err, s.error().message);
    }
    out << "Created the Hà Tĩnh demo database " << QFileInfo(path).absoluteFilePath() << Qt::endl;
    return kOk;
}

int cmdStats(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    if (!a.has(QStringLiteral("as-of"))) {
        err << "ntm-cli: stats needs --as-of YYYY-MM-DD" << Qt::endl << usage();
        return kUsageError;
    }
    QDate asOf;
    if (!parseDate(a, QStringLiteral("as-of"), &asOf, err)) {
        return kUserError;
    }
    auto db = openExisting(a.positional().at(0), err);
    if (!db) {
        return kUserError;
    }
    QString districtId;
    QString districtName;
    if (a.has(QStringLiteral("district"))) {
        const auto d = UnitLookup::district(*db, a.value(QStringLiteral("district")));
        if (!d) {
            return userError(err, d.error().message);
        }
        if (!d.value().existsOn(asOf)) {
            return userError(err, QStringLiteral("%1 did not exist on %2 (districts ended on 30/06/2025)")
                                      .arg(d.value().title(), dates::toIso(asOf)));
        }
        districtId = d.value().id;
        districtName = d.value().name;
    }
    const auto stats = StatsService(*db).stats(asOf, districtId);
    if (!stats) {
        return userError(err, stats.error().message);
    }
    const ProgressStats& s = stats.value();
    const double average = std::round(s.averageMet * 100.0) / 100.0;
    if (a.has(QStringLiteral("json"))) {
        ojson j;
        j["as_of"] = utf8(dates::toIso(asOf));
        j["communes"] = s.communes;
        j["recognised"] = s.recognised;
        j["average_met"] = average;
        ojson by = ojson::object();
        for (auto it = s.byMetCount.cbegin(); it != s.byMetCount.cend(); ++it) {
            by[std::to_string(it.key())] = it.value();
        }
        j["by_met_count"] = by;
        j["district"] = districtName.isEmpty() ? ojson(nullptr) : ojson(utf8(districtName));
        out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return kOk;
    }
    out << "As of " << dates::toDisplay(asOf) << (districtName.isEmpty() ? QString() : QStringLiteral(", ") + districtName)
        << Qt::endl;
    out << "  communes:             " << s.communes << Qt::endl;
    out << "  recognised NTM:       " << s.recognised << Qt::endl;
    out << "  average criteria met: " << QString::number(average, 'f', 2) << Qt::endl;
    out << "  communes by criteria met:" << Qt::endl;
    for (auto it = s.byMetCount.cend(); it != s.byMetCount.cbegin();) {
        --it;
        out << "    " << QString::number(it.key()).rightJustified(2) << ": " << it.value() << Qt::endl;
    }
    return kOk;
}

int cmdRotationImpact(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    QDate asOf = QDate::currentDate();
    if (a.has(QStringLiteral("as-of")) && !parseDate(a, QStringLiteral("as-of"), &asOf, err)) {
        return kUserError;
    }
    auto db = openExisting(a.positional().at(0), err);
    if (!db) {
        return kUserError;
    }
    const auto rows = RotationImpactService(*db).all(asOf);
    if (!rows) {
        return userError(err, rows.error().message);
    }
    if (a.has(QStringLiteral("json"))) {
        ojson list = ojson::array();
        for (const RotationImpactRow& r : rows.value()) {
            ojson j;
            j["official"] = utf8(r.officialName);
            j["commune"] = utf8(r.communeName);
            j["start"] = dateOrNull(r.rotation.startDate);
            j["end"] = dateOrNull(r.end);
            j["met_at_start"] = r.metAtStart;
            j["met_at_end"] = r.metAtEnd;
            j["gained"] = r.gained;
            j["months_to_recognition"] = r.monthsToRecognition ? ojson(*r.monthsToRecognition) : ojson(nullptr);
            j["rotation_id"] = utf8(r.rotation.id);
            j["district"] = r.districtName.isEmpty() ? ojson(nullptr) : ojson(utf8(r.districtName));
            j["kind"] = utf8(Vocabulary::key(r.rotation.kind));
            j["position"] = utf8(r.rotation.toPosition);
            j["criteria_at_start"] = r.totalAtStart;
            j["criteria_at_end"] = r.totalAtEnd;
            j["recognised_on"] = dateOrNull(r.recognisedOn);
            list.push_back(j);
        }
        out << QString::fromStdString(list.dump(2)) << Qt::endl;
        return kOk;
    }
    out << "Rotation impact as of " << dates::toDisplay(asOf) << " (" << rows.value().size() << " rotations)" << Qt::endl;
    for (const RotationImpactRow& r : rows.value()) {
        out << dates::toDisplay(r.rotation.startDate) << " – "
            << (r.end.isValid() ? dates::toDisplay(r.end) : QStringLiteral("(active)  ")) << "  " << r.officialName
            << " → " << r.communeName << ": " << r.metAtStart << "/" << r.totalAtStart << " → " << r.metAtEnd << "/"
            << r.totalAtEnd << " (" << (r.gained >= 0 ? "+" : "") << r.gained << ")";
        if (r.monthsToRecognition) {
            out << ", recognised after " << *r.monthsToRecognition << " months";
        }
        out << Qt::endl;
    }
    return kOk;
}

int cmdCriteriaImport(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    auto db = openExisting(a.positional().at(0), err);
    if (!db) {
        return kUserError;
    }
    const QString file = a.positional().at(1);
    if (!QFileInfo::exists(file)) {
        return userError(err, QStringLiteral("%1 does not exist").arg(file));
    }
    const auto outcome = CriteriaImporter(*db).importFile(file);
    if (!outcome) {
        return userError(err, outcome.error().message);
    }
    out << outcome.value().describe() << Qt::endl;
    return kOk;
}

const QList<Command>& commands()
{
    static const QList<Command> list{
        {"init", {}, {}, 1, cmdInit},
        {"demo", {}, {}, 1, cmdDemo},
        {"stats", {QStringLiteral("as-of"), QStringLiteral("district")}, {QStringLiteral("json")}, 1, cmdStats},
        {"rotation-impact", {QStringLiteral("as-of")}, {QStringLiteral("json")}, 1, cmdRotationImpact},
        {"criteria-import", {}, {}, 2, cmdCriteriaImport},
    };
    return list;
}
} // namespace

QString usage()
{
    return QStringLiteral(
        "Usage: ntm-cli COMMAND FILE [options]\n"
        "\n"
        "  init FILE                          create (or upgrade) a database with the criteria sets\n"
        "  demo FILE                          build the Hà Tĩnh demo database into a new file\n"
        "  stats FILE --as-of YYYY-MM-DD [--district NAME] [--json]\n"
        "                                     communes, recognised, average criteria met, communes per count\n"
        "  rotation-impact FILE [--as-of YYYY-MM-DD] [--json]\n"
        "                                     one row per rotation: criteria met at start and end, gain,\n"
        "                                     months to recognition\n"
        "  criteria-import FILE SET.json      check and store a criteria set (a new version if in use)\n"
        "\n"
        "Exit codes: 0 success, 1 user error (missing file, bad date, unknown district), 2 wrong usage.\n");
}

int runCommand(const QStringList& words, QTextStream& out, QTextStream& err)
{
    if (words.isEmpty() || words.constFirst() == QLatin1String("--help") || words.constFirst() == QLatin1String("-h")) {
        (words.isEmpty() ? err : out) << usage();
        return words.isEmpty() ? kUsageError : kOk;
    }
    if (words.constFirst() == QLatin1String("--version")) {
        out << "ntm-cli " << NTM_VERSION << Qt::endl;
        return kOk;
    }
    for (const Command& c : commands()) {
        if (words.constFirst() != QLatin1String(c.name)) {
            continue;
        }
        const CliArgs args = CliArgs::parse(words.mid(1), c.valued, c.flags);
        if (!args.ok()) {
            err << "ntm-cli " << c.name << ": " << args.error() << Qt::endl << usage();
            return kUsageError;
        }
        if (args.positional().size() != c.positional) {
            err << "ntm-cli " << c.name << ": expects " << c.positional << " file argument(s)" << Qt::endl << usage();
            return kUsageError;
        }
        return c.run(args, out, err);
    }
    err << "ntm-cli: unknown command \"" << words.constFirst() << "\"" << Qt::endl << usage();
    return kUsageError;
}

} // namespace ntm::cli
