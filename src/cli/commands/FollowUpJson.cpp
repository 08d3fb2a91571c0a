// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli commune: the commune's working groups, villages' progress and the actions of its review meetings.
#include "commands/FollowUpJson.h"

#include "service/followup/FollowUpFigures.h"
#include "util/Dates.h"

namespace ntm::cli {

using namespace ntm::core;

namespace {
ojson names(const QStringList& list)
{
    ojson out = ojson::array();
    for (const QString& s : list) {
        out.push_back(utf8(s));
    }
    return out;
}

ojson groupsJson(const FollowUpData& data, const QDate& asOf)
{
    ojson list = ojson::array();
    for (const GroupOnDate& g : FollowUpFigures::groupsOn(data, asOf)) {
        ojson j;
        j["name"] = utf8(g.group.name);
        j["formed_on"] = dateOrNull(g.group.formedOn());
        j["decision"] = textOrNull(g.group.decisionNo);
        j["leader"] = textOrNull(g.leader);
        ojson members = ojson::array();
        for (const MemberOnDate& m : g.members) {
            ojson mj;
            mj["name"] = utf8(m.member.fullName);
            mj["role"] = utf8(Vocabulary::key(m.member.role));
            mj["villages"] = names(m.villages);
            mj["position"] = textOrNull(m.member.position);
            mj["official_id"] = textOrNull(m.member.officialId);
            mj["since"] = dateOrNull(m.member.validFrom);
            members.push_back(mj);
        }
        j["members"] = members;
        j["id"] = utf8(g.group.id);
        j["issuing_body"] = textOrNull(g.group.issuingBody);
        j["valid_from"] = dateOrNull(g.group.validFrom);
        j["valid_to"] = dateOrNull(g.group.validTo);
        j["villages"] = names(g.villages);
        j["illustrative"] = g.group.illustrative;
        list.push_back(j);
    }
    return list;
}

ojson villagesJson(const FollowUpData& data, const QDate& asOf)
{
    ojson list = ojson::array();
    for (const VillageProgressRow& v : FollowUpFigures::villageProgress(data, asOf)) {
        ojson j;
        j["village"] = utf8(v.village.name);
        j["responsible"] = textOrNull(v.responsible);
        j["model_area_recognised_on"] = v.area ? dateOrNull(v.area->decidedOn) : ojson(nullptr);
        j["model_gardens"] = v.gardens;
        j["village_id"] = utf8(v.village.id);
        j["group"] = textOrNull(v.group);
        j["model_area_decision"] = v.area ? textOrNull(v.area->decisionNo) : ojson(nullptr);
        j["gardens_counted_on"] = dateOrNull(v.gardensCountedOn);
        j["predecessors"] = names(v.predecessors);
        list.push_back(j);
    }
    return list;
}

ojson countsJson(const ActionCounts& c)
{
    ojson j;
    j["open"] = c.open;
    j["overdue"] = c.overdue;
    j["done"] = c.done;
    j["done_late"] = c.doneLate;
    j["not_done"] = c.notDone;
    return j;
}

ojson actionsJson(const FollowUpData& data, const QDate& asOf)
{
    const ActionCounts c = FollowUpFigures::actionCounts(data.actions, asOf);
    ojson j = countsJson(c);
    j["total"] = c.total();
    ojson byCriterion = ojson::array();
    for (const ActionTally& t : FollowUpFigures::byCriterion(data, asOf)) {
        ojson row = countsJson(t.counts);
        row["number"] = t.number;
        row["criterion"] = utf8(t.label);
        byCriterion.push_back(row);
    }
    ojson byPerson = ojson::array();
    for (const ActionTally& t : FollowUpFigures::byPerson(data, asOf)) {
        ojson row = countsJson(t.counts);
        row["name"] = utf8(t.label);
        byPerson.push_back(row);
    }
    j["by_criterion"] = byCriterion;
    j["by_person"] = byPerson;
    return j;
}
} // namespace

void addFollowUpJson(ojson& out, const FollowUpData& data, const QDate& asOf)
{
    out["working_groups"] = groupsJson(data, asOf);
    out["village_progress"] = villagesJson(data, asOf);
    out["actions"] = actionsJson(data, asOf);
}

void printFollowUp(const FollowUpData& data, const QDate& asOf, QTextStream& out)
{
    const QList<GroupOnDate> groups = FollowUpFigures::groupsOn(data, asOf);
    out << "Working groups: " << groups.size() << Qt::endl;
    for (const GroupOnDate& g : groups) {
        out << "  " << g.group.name << " (leader " << (g.leader.isEmpty() ? QStringLiteral("–") : g.leader)
            << "): " << (g.villages.isEmpty() ? QStringLiteral("no village") : g.villages.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    const ActionCounts c = FollowUpFigures::actionCounts(data.actions, asOf);
    out << "Actions: " << c.open << " open (" << c.overdue << " overdue), " << c.done << " done (" << c.doneLate
        << " late), " << c.notDone << " not done" << Qt::endl;
    int areas = 0;
    int gardens = 0;
    const QList<VillageProgressRow> villages = FollowUpFigures::villageProgress(data, asOf);
    for (const VillageProgressRow& v : villages) {
        areas += v.area ? 1 : 0;
        gardens += v.gardens;
    }
    out << "Village progress: " << areas << " of " << villages.size() << " villages model residential areas, "
        << gardens << " model gardens" << Qt::endl;
}

} // namespace ntm::cli
