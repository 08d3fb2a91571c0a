// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli stats, rotation-impact.
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/Commands.h"

#include "service/RotationImpact.h"
#include "service/StatsService.h"
#include "service/UnitLookup.h"
#include "util/Dates.h"

#include <cmath>

namespace ntm::cli {

using namespace ntm::core;

namespace {
int runStats(const CliArgs& a, QTextStream& out, QTextStream& err)
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
    QString districtTitle;
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
        districtTitle = d.value().title();
    }
    QString provinceId;
    QString provinceName;
    if (a.has(QStringLiteral("province"))) {
        const auto p = UnitLookup::province(*db, a.value(QStringLiteral("province")));
        if (!p) {
            return userError(err, p.error().message);
        }
        provinceId = p.value().id;
        provinceName = p.value().name;
    }
    const auto stats = StatsService(*db).stats(asOf, districtId, provinceId);
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
        ojson tiers = ojson::object();
        for (auto it = s.byTier.cbegin(); it != s.byTier.cend(); ++it) {
            tiers[utf8(it.key())] = it.value();
        }
        j["by_tier"] = tiers;
        j["district"] = districtName.isEmpty() ? ojson(nullptr) : ojson(utf8(districtName));
        j["district_title"] = districtTitle.isEmpty() ? ojson(nullptr) : ojson(utf8(districtTitle));
        j["province"] = provinceName.isEmpty() ? ojson(nullptr) : ojson(utf8(provinceName));
        out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return kOk;
    }
    out << "As of " << dates::toDisplay(asOf)
        << (provinceName.isEmpty() ? QString() : QStringLiteral(", ") + provinceName)
        << (districtTitle.isEmpty() ? QString() : QStringLiteral(", ") + districtTitle) << Qt::endl;
    out << "  communes:             " << s.communes << Qt::endl;
    out << "  recognised NTM:       " << s.recognised << Qt::endl;
    out << "  tiers held:           nâng cao " << s.byTier.value(QStringLiteral("nang_cao")) << ", kiểu mẫu "
        << s.byTier.value(QStringLiteral("kieu_mau")) << ", hiện đại " << s.byTier.value(QStringLiteral("hien_dai"))
        << Qt::endl;
    out << "  average criteria met: " << QString::number(average, 'f', 2) << Qt::endl;
    out << "  communes by criteria met:" << Qt::endl;
    for (auto it = s.byMetCount.cend(); it != s.byMetCount.cbegin();) {
        --it;
        out << "    " << QString::number(it.key()).rightJustified(2) << ": " << it.value() << Qt::endl;
    }
    return kOk;
}

int runRotationImpact(const CliArgs& a, QTextStream& out, QTextStream& err)
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
            j["gained"] = r.setChanged ? ojson(nullptr) : ojson(r.gained);
            j["set_changed"] = r.setChanged;
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
    out << "Rotation impact as of " << dates::toDisplay(asOf) << " (" << rows.value().size() << " rotations)"
        << Qt::endl;
    for (const RotationImpactRow& r : rows.value()) {
        out << dates::toDisplay(r.rotation.startDate) << " – "
            << (r.end.isValid() ? dates::toDisplay(r.end) : QStringLiteral("(active)  ")) << "  " << r.officialName
            << " → " << r.communeName << ": " << r.metAtStart << "/" << r.totalAtStart << " → " << r.metAtEnd << "/"
            << r.totalAtEnd << " (" << RotationImpactService::gainText(r) << ")";
        if (r.monthsToRecognition) {
            out << ", recognised after " << *r.monthsToRecognition << " months";
        }
        out << Qt::endl;
    }
    return kOk;
}

} // namespace

QList<Command> statsCommands()
{
    return {{"stats",
             {QStringLiteral("as-of"), QStringLiteral("district"), QStringLiteral("province")},
             {QStringLiteral("json")},
             1,
             runStats},
            {"rotation-impact", {QStringLiteral("as-of")}, {QStringLiteral("json")}, 1, runRotationImpact}};
}

} // namespace ntm::cli
