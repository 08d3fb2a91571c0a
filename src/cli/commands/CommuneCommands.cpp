// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli commune: the commune dashboard as of a date.
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/Commands.h"

#include "commands/FollowUpJson.h"
#include "service/CommuneDashboard.h"
#include "service/UnitLookup.h"
#include "service/followup/FollowUpService.h"
#include "service/recognition/RecognitionText.h"
#include "util/Dates.h"

#include <optional>

namespace ntm::cli {

using namespace ntm::core;

namespace {
ojson criteriaJson(const CommuneProgress& p)
{
    ojson list = ojson::array();
    for (const CriterionState& c : p.criteria) {
        ojson j;
        j["number"] = c.number;
        j["name"] = utf8(c.name);
        j["status"] = utf8(Vocabulary::key(c.status));
        j["assessed_on"] = dateOrNull(c.assessedOn);
        j["carried_over_from"] = textOrNull(c.carriedFromSet);
        list.push_back(j);
    }
    return list;
}

ojson officialsJson(const QList<RotationImpactRow>& rows)
{
    ojson list = ojson::array();
    for (const RotationImpactRow& r : rows) {
        ojson j;
        j["official"] = utf8(r.officialName);
        j["position"] = utf8(r.rotation.toPosition);
        j["start"] = dateOrNull(r.rotation.startDate);
        j["end"] = dateOrNull(r.end);
        j["kind"] = utf8(Vocabulary::key(r.rotation.kind));
        j["met_at_start"] = r.metAtStart;
        j["met_at_end"] = r.metAtEnd;
        j["gained"] = r.setChanged ? ojson(nullptr) : ojson(r.gained);
        j["set_changed"] = r.setChanged;
        j["rotation_id"] = utf8(r.rotation.id);
        list.push_back(j);
    }
    return list;
}

ojson seriesJson(const QList<MetPoint>& points)
{
    ojson list = ojson::array();
    for (const MetPoint& p : points) {
        ojson j;
        j["date"] = dateOrNull(p.date);
        j["met"] = p.met;
        j["total"] = p.total;
        j["criteria_set"] = utf8(p.setCode);
        list.push_back(j);
    }
    return list;
}

QString lifeKey(CommuneLife::State s)
{
    switch (s) {
    case CommuneLife::State::Exists:
        return QStringLiteral("exists");
    case CommuneLife::State::NotYet:
        return QStringLiteral("not_yet_formed");
    case CommuneLife::State::Ended:
        break;
    }
    return QStringLiteral("ended");
}

ojson recognitionsJson(const QList<Holding>& held)
{
    ojson list = ojson::array();
    for (const Holding& h : held) {
        ojson j;
        j["tier"] = utf8(Vocabulary::key(h.tier));
        j["dated_on"] = dateOrNull(h.datedOn);
        j["held_from"] = dateOrNull(h.from);
        j["held_until"] = dateOrNull(h.until);
        j["decision"] = textOrNull(h.decisionNo);
        j["basis"] = h.basis == HoldingBasis::KeptThroughMerger ? "kept_through_merger" : "decision";
        j["reform"] = textOrNull(h.reformName);
        j["rule_source"] = textOrNull(h.ruleSource);
        j["rule_verified"] = h.basis == HoldingBasis::KeptThroughMerger ? ojson(h.ruleVerified) : ojson(nullptr);
        j["illustrative"] = h.illustrative;
        j["text"] = utf8(RecognitionText::describe(h));
        list.push_back(j);
    }
    return list;
}

void lifeJson(const CommuneDashboard& d, ojson& j)
{
    ojson life;
    life["state"] = utf8(lifeKey(d.life.state));
    life["formed_on"] = dateOrNull(d.life.formedOn);
    life["ended_on"] = dateOrNull(d.life.endedOn);
    life["note"] = textOrNull(d.life.sentence());
    j["life"] = life;
    j["standing_on"] = dateOrNull(d.standingOn);
    ojson predecessors = ojson::array();
    for (const LinkedCommune& p : d.life.predecessors) {
        predecessors.push_back({{"commune", utf8(p.title)},
                                {"commune_id", utf8(p.communeId)},
                                {"until", dateOrNull(p.on.addDays(-1))},
                                {"act", textOrNull(p.act)}});
    }
    j["predecessors"] = predecessors;
    if (d.life.successors.isEmpty()) {
        j["successor"] = nullptr;
    } else {
        const LinkedCommune& s = d.life.successors.constFirst();
        j["successor"] = {{"commune", utf8(s.title)},
                          {"commune_id", utf8(s.communeId)},
                          {"from", dateOrNull(s.on)},
                          {"act", textOrNull(s.act)}};
    }
    j["recognitions"] = recognitionsJson(d.held);
}

ojson dashboardJson(const CommuneDashboard& d)
{
    const CommuneProgress& p = d.progress;
    ojson j;
    j["commune"] = utf8(d.period.name);
    j["district"] = textOrNull(d.districtName);
    j["criteria_set"] = textOrNull(p.setCode);
    j["group"] = p.group == 0 ? ojson(nullptr) : ojson(p.group);
    j["met_count"] = p.met;
    j["criteria"] = criteriaJson(p);
    j["recognised_on"] = d.ntm && d.life.exists() ? dateOrNull(d.ntm->datedOn) : ojson(nullptr);
    j["officials"] = officialsJson(d.officials);
    j["series"] = seriesJson(d.series);
    j["commune_id"] = utf8(d.communeId);
    j["as_of"] = dateOrNull(d.asOf);
    j["title"] = utf8(d.title);
    j["code"] = utf8(d.period.code);
    j["kind"] = utf8(Vocabulary::key(d.period.kind));
    j["province"] = textOrNull(d.provinceName);
    j["target_year"] = d.targetYear == 0 ? ojson(nullptr) : ojson(d.targetYear);
    j["criteria_set_since"] = dateOrNull(p.setSince);
    j["criteria_total"] = p.total;
    j["basically_met_count"] = p.basicallyMet;
    j["review_meetings"] = d.meetings.size();
    j["villages"] = d.villages.size();
    j["district_title"] = textOrNull(d.districtTitle);
    j["recognised_under"] = textOrNull(d.recognitionSet);
    lifeJson(d, j);
    return j;
}

QString displayOrDash(const QDate& d)
{
    return d.isValid() ? dates::toDisplay(d) : QStringLiteral("–");
}

QString recognitionText(const CommuneDashboard& d)
{
    if (d.held.isEmpty()) {
        return QStringLiteral("no");
    }
    QStringList parts;
    for (const Holding& h : d.held) {
        parts.append(RecognitionText::describe(h));
    }
    QString text = parts.join(QStringLiteral("; "));
    const QString beside =
        RecognitionText::beside(d.recognitionSet, d.progress.setCode, d.progress.met, d.progress.total);
    return beside.isEmpty() ? text : text + QStringLiteral(" (") + beside + QLatin1Char(')');
}

void printLife(const CommuneDashboard& d, QTextStream& out)
{
    if (d.life.exists()) {
        return;
    }
    out << "  " << d.life.sentence() << Qt::endl;
    if (d.standingOn.isValid()) {
        out << "  last standing on " << dates::toDisplay(d.standingOn) << " (below)" << Qt::endl;
    }
    for (const LinkedCommune& p : d.life.predecessors) {
        out << "  formed from:    " << p.title << " (until " << dates::toDisplay(p.on.addDays(-1)) << ")" << Qt::endl;
    }
}

void printHeader(const CommuneDashboard& d, QTextStream& out)
{
    const CommuneProgress& p = d.progress;
    QStringList where;
    for (const QString& part : {d.districtTitle, d.provinceName}) {
        if (!part.isEmpty()) {
            where.append(part);
        }
    }
    out << d.title
        << (where.isEmpty() ? QString() : QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')'))
        << ", as of " << dates::toDisplay(d.asOf) << Qt::endl;
    if (d.period.kind != CommuneKind::Xa) {
        out << "  (a ward or township: listed, but not judged by the NTM programme)" << Qt::endl;
    }
    printLife(d, out);
    if (!d.standingOn.isValid()) {
        return;
    }
    if (p.setId.isEmpty()) {
        out << "  criteria set:   none in force yet" << Qt::endl;
    } else {
        out << "  criteria set:   " << p.setCode << " (since " << displayOrDash(p.setSince) << ")"
            << (p.group == 0 ? QString() : QStringLiteral(", group %1").arg(p.group)) << Qt::endl;
    }
    out << "  criteria met:   " << p.met << " of " << p.total << " (basically met: " << p.basicallyMet << ")"
        << Qt::endl;
    out << "  recognised:     " << recognitionText(d) << Qt::endl;
    out << "  target year:    " << (d.targetYear == 0 ? QStringLiteral("–") : QString::number(d.targetYear))
        << Qt::endl;
}

void printCriteria(const CommuneProgress& p, QTextStream& out)
{
    out << "Criteria:" << Qt::endl;
    for (const CriterionState& c : p.criteria) {
        out << "  " << QString::number(c.number).rightJustified(2) << "  "
            << Vocabulary::key(c.status).replace(QLatin1Char('_'), QLatin1Char(' ')).leftJustified(14) << "  "
            << displayOrDash(c.assessedOn).leftJustified(10) << "  " << c.name
            << (c.carriedFromSet.isEmpty() ? QString()
                                           : QStringLiteral(" (carried over from %1)").arg(c.carriedFromSet))
            << Qt::endl;
    }
}

void printHistory(const CommuneDashboard& d, QTextStream& out)
{
    out << "Criteria met over time:" << Qt::endl;
    for (const MetPoint& m : d.series) {
        out << "  " << dates::toDisplay(m.date) << "  " << QString::number(m.met).rightJustified(2) << " of " << m.total
            << "  " << m.setCode << Qt::endl;
    }
    out << "Rotated officials:" << (d.officials.isEmpty() ? " none" : "") << Qt::endl;
    for (const RotationImpactRow& r : d.officials) {
        out << "  " << dates::toDisplay(r.rotation.startDate) << " – "
            << (r.end.isValid() ? dates::toDisplay(r.end) : QStringLiteral("(active)  ")) << "  " << r.officialName
            << ", " << r.rotation.toPosition << ": " << r.metAtStart << " → " << r.metAtEnd << " ("
            << RotationImpactService::gainText(r) << ")" << Qt::endl;
    }
    out << "Review meetings: " << d.meetings.size();
    if (!d.meetings.isEmpty()) {
        out << " (latest " << dates::toDisplay(d.meetings.constFirst().heldOn) << ")";
    }
    out << Qt::endl << "Villages: " << d.villages.size() << Qt::endl;
}

int runCommune(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    if (!a.has(QStringLiteral("as-of"))) {
        err << "ntm-cli: commune needs --as-of YYYY-MM-DD" << Qt::endl << usage();
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
    // An unquoted name ("Đức Yên" typed as two words) arrives as several arguments.
    const QString name = a.positional().mid(1).join(QLatin1Char(' '));
    const auto commune = resolveCommune(*db, name, asOf, err);
    if (!commune) {
        return kUserError;
    }
    const auto dashboard = CommuneDashboardService(*db).load(commune->id, asOf);
    if (!dashboard) {
        return userError(err, dashboard.error().message);
    }
    const auto followUp = FollowUpService(*db).load(commune->id);
    if (!followUp) {
        return userError(err, followUp.error().message);
    }
    if (a.has(QStringLiteral("json"))) {
        ojson j = dashboardJson(dashboard.value());
        addFollowUpJson(j, followUp.value(), asOf);
        out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return kOk;
    }
    printHeader(dashboard.value(), out);
    printCriteria(dashboard.value().progress, out);
    printHistory(dashboard.value(), out);
    printFollowUp(followUp.value(), asOf, out);
    return kOk;
}

} // namespace

/// The commune named on the command line. A name that only one commune carried, at another date, names that
/// commune: what it shows says where the date falls in its life ("merged into … on …") and its last standing.
std::optional<CommuneRow> resolveCommune(Database& db, const QString& name, const QDate& asOf, QTextStream& err)
{
    const auto found = UnitLookup::commune(db, name, asOf);
    if (found) {
        return found.value();
    }
    // Unique without the date means no match on the date: the commune carried that name at another time.
    const auto other = UnitLookup::commune(db, name);
    if (other) {
        return other.value();
    }
    userError(err, found.error().message);
    return std::nullopt;
}

QList<Command> communeCommands()
{
    return {{"commune", {QStringLiteral("as-of")}, {QStringLiteral("json")}, 2, runCommune, 8}};
}

} // namespace ntm::cli
