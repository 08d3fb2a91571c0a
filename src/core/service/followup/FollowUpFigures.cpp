// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/followup/FollowUpFigures.h"

#include "util/Dates.h"
#include "util/VietnameseOrder.h"

#include <algorithm>

namespace ntm::core {

namespace {
int roleRank(MemberRole r)
{
    return r == MemberRole::Leader ? 0 : r == MemberRole::Deputy ? 1 : 2;
}

QString linkText(const QString& name, const VillageLink& l)
{
    return QStringLiteral("%1 (%2, %3)")
        .arg(name,
             l.kind == QLatin1String("rename")  ? FollowUpFigures::tr("renamed")
             : l.kind == QLatin1String("split") ? FollowUpFigures::tr("split")
                                                : FollowUpFigures::tr("merged"),
             dates::toDisplay(l.effectiveOn));
}

QString keyOf(const FollowUpData& d, const QString& criterionId)
{
    const CriterionRef* c = d.criterion(criterionId);
    return c ? c->key() : QString();
}
} // namespace

void ActionCounts::add(ActionState state, bool late)
{
    switch (state) {
    case ActionState::NotYetDecided:
        break;
    case ActionState::Open:
        ++open;
        break;
    case ActionState::Overdue:
        ++open;
        ++overdue;
        break;
    case ActionState::Done:
        ++done;
        doneLate += late ? 1 : 0;
        break;
    case ActionState::NotDone:
        ++notDone;
        break;
    }
}

QList<GroupOnDate> FollowUpFigures::groupsOn(const FollowUpData& d, const QDate& on)
{
    QList<GroupOnDate> out;
    for (const WorkingGroup& g : d.groups) {
        if (!g.activeOn(on)) {
            continue;
        }
        GroupOnDate row;
        row.group = g;
        for (const GroupMember& m : d.members) {
            if (m.groupId != g.id || !m.activeOn(on)) {
                continue;
            }
            MemberOnDate member{m, {}};
            for (const VillageResponsibility& r : d.responsibilities) {
                if (r.memberId == m.id && r.activeOn(on)) {
                    member.villages.append(d.villageName(r.villageId));
                }
            }
            text::sortVietnamese(member.villages);
            if (m.role == MemberRole::Leader) {
                row.leader = m.fullName;
            }
            row.members.append(member);
        }
        std::sort(row.members.begin(), row.members.end(), [](const MemberOnDate& a, const MemberOnDate& b) {
            if (roleRank(a.member.role) != roleRank(b.member.role)) {
                return roleRank(a.member.role) < roleRank(b.member.role);
            }
            return text::comparePersonNames(a.member.fullName, b.member.fullName) < 0;
        });
        for (const VillageResponsibility& r : d.responsibilities) {
            const QString name = d.villageName(r.villageId);
            const GroupMember* m = d.member(r.memberId);
            const bool serving = !m || m->activeOn(on);
            if (r.groupId == g.id && r.activeOn(on) && serving && !row.villages.contains(name)) {
                row.villages.append(name);
            }
        }
        text::sortVietnamese(row.villages);
        out.append(row);
    }
    return out;
}

const GroupMember* FollowUpFigures::responsibleMember(const FollowUpData& d, const QString& villageId, const QDate& on)
{
    for (const VillageResponsibility& r : d.responsibilities) {
        const GroupMember* m = d.member(r.memberId);
        const WorkingGroup* g = d.group(r.groupId);
        // An open end lasts as long as the member and the group serve.
        if (r.villageId == villageId && m && r.activeOn(on) && m->activeOn(on) && g && g->activeOn(on)) {
            return m;
        }
    }
    return nullptr;
}

const WorkingGroup* FollowUpFigures::responsibleGroup(const FollowUpData& d, const QString& villageId, const QDate& on)
{
    for (const VillageResponsibility& r : d.responsibilities) {
        const WorkingGroup* g = d.group(r.groupId);
        if (r.villageId == villageId && r.activeOn(on) && g && g->activeOn(on)) {
            return g;
        }
    }
    return nullptr;
}

int FollowUpFigures::gardensOn(const FollowUpData& d, const QString& villageId, const QDate& on, QDate* countedOn)
{
    const VillageGardenCount* latest = nullptr;
    for (const VillageGardenCount& g : d.gardenCounts) {
        if (g.villageId == villageId && g.countedOn <= on && (!latest || g.countedOn > latest->countedOn)) {
            latest = &g;
        }
    }
    if (countedOn) {
        *countedOn = latest ? latest->countedOn : QDate();
    }
    return latest ? latest->gardens : 0;
}

std::optional<VillageModelArea> FollowUpFigures::modelAreaOn(const FollowUpData& d, const QString& villageId,
                                                             const QDate& on)
{
    for (const VillageModelArea& a : d.modelAreas) {
        if (a.villageId == villageId && a.activeOn(on)) {
            return a;
        }
    }
    return std::nullopt;
}

QList<VillageProgressRow> FollowUpFigures::villageProgress(const FollowUpData& d, const QDate& on)
{
    QList<VillageProgressRow> out;
    for (const Village& v : d.villages) {
        if (!coversDate(v.validFrom, v.validTo, on)) {
            continue;
        }
        VillageProgressRow row;
        row.village = v;
        const GroupMember* member = responsibleMember(d, v.id, on);
        const WorkingGroup* group = responsibleGroup(d, v.id, on);
        row.group = group ? group->name : QString();
        row.responsible = member ? member->fullName : group ? group->name : v.responsibleName;
        row.area = modelAreaOn(d, v.id, on);
        row.gardens = gardensOn(d, v.id, on, &row.gardensCountedOn);
        for (const VillageLink& l : d.links) {
            if (l.successorId == v.id) {
                row.predecessors.append(linkText(d.villageName(l.predecessorId), l));
            } else if (l.predecessorId == v.id && l.effectiveOn <= on) {
                row.successors.append(linkText(d.villageName(l.successorId), l));
            }
        }
        out.append(row);
    }
    std::sort(out.begin(), out.end(), [](const VillageProgressRow& a, const VillageProgressRow& b) {
        return text::lessVietnamese(a.village.name, b.village.name);
    });
    return out;
}

ActionCounts FollowUpFigures::actionCounts(const QList<ReviewAction>& actions, const QDate& on)
{
    ActionCounts c;
    for (const ReviewAction& a : actions) {
        c.add(a.stateOn(on), a.doneLate());
    }
    return c;
}

QList<ReviewAction> FollowUpFigures::dueAt(const FollowUpData& d, const QDate& on)
{
    QList<ReviewAction> out;
    for (const ReviewAction& a : d.actions) {
        if (a.decidedOn < on && a.dueOn <= on && (!a.outcome || a.closedOn >= on)) {
            out.append(a);
        }
    }
    std::sort(out.begin(), out.end(), [](const ReviewAction& a, const ReviewAction& b) {
        return a.dueOn < b.dueOn || (a.dueOn == b.dueOn && a.id < b.id);
    });
    return out;
}

QList<ActionTally> FollowUpFigures::byCriterion(const FollowUpData& d, const QDate& on)
{
    QHash<QString, ActionTally> tallies;
    for (const ReviewAction& a : d.actions) {
        const CriterionRef* c = d.criterion(a.criterionId);
        if (!c || a.stateOn(on) == ActionState::NotYetDecided) {
            continue;
        }
        ActionTally& t = tallies[c->key()];
        t.key = c->key();
        // The name under the newest set the actions named.
        t.label = c->label();
        t.number = c->number;
        t.counts.add(a.stateOn(on), a.doneLate());
    }
    QList<ActionTally> out = tallies.values();
    std::sort(out.begin(), out.end(), [](const ActionTally& a, const ActionTally& b) {
        return a.number < b.number || (a.number == b.number && a.key < b.key);
    });
    return out;
}

QList<ActionTally> FollowUpFigures::byPerson(const FollowUpData& d, const QDate& on)
{
    QHash<QString, ActionTally> tallies;
    for (const ReviewAction& a : d.actions) {
        if (a.stateOn(on) == ActionState::NotYetDecided) {
            continue;
        }
        ActionTally& t = tallies[a.personKey];
        t.key = a.personKey;
        const GroupMember* m = d.member(a.memberId);
        t.label = m ? m->fullName : a.responsible;
        t.counts.add(a.stateOn(on), a.doneLate());
    }
    QList<ActionTally> out = tallies.values();
    std::sort(out.begin(), out.end(), [](const ActionTally& a, const ActionTally& b) {
        return text::comparePersonNames(a.label, b.label) < 0;
    });
    return out;
}

QList<PlanRow> FollowUpFigures::plans(const FollowUpData& d, const CommuneProgress& progress)
{
    QList<PlanRow> out;
    for (const CriterionState& s : progress.criteria) {
        PlanRow row;
        row.state = s;
        row.key = keyOf(d, s.criterionId);
        for (const CriterionPlan& p : d.plans) {
            // A plan for the same criterion under another set of the family still holds; this set's wins.
            if (keyOf(d, p.criterionId) == row.key && (!row.plan || p.criterionId == s.criterionId)) {
                row.plan = p;
            }
        }
        for (const ReviewAction& a : d.actions) {
            if (!row.key.isEmpty() && keyOf(d, a.criterionId) == row.key) {
                row.actions.add(a.stateOn(progress.asOf), a.doneLate());
            }
        }
        row.standing = standingOf(row, progress.asOf);
        out.append(row);
    }
    return out;
}

PlanStanding FollowUpFigures::standingOf(const PlanRow& row, const QDate& on)
{
    if (row.state.status == CriterionStatus::Met) {
        return PlanStanding::Met;
    }
    if (!row.plan) {
        return PlanStanding::NoPlan;
    }
    if (row.plan->targetDate < on) {
        return PlanStanding::Late;
    }
    return row.actions.overdue > 0 ? PlanStanding::AtRisk : PlanStanding::OnTrack;
}

QString FollowUpFigures::label(PlanStanding s)
{
    switch (s) {
    case PlanStanding::Met:
        return tr("Met");
    case PlanStanding::OnTrack:
        return tr("On track");
    case PlanStanding::AtRisk:
        return tr("At risk: actions overdue");
    case PlanStanding::Late:
        return tr("Late: target date passed");
    case PlanStanding::NoPlan:
        break;
    }
    return tr("No plan");
}

QList<RuleStanding> FollowUpFigures::rules(const FollowUpData& d, const CommuneProgress& progress)
{
    QList<RuleStanding> out;
    for (const VillageCriterionRule& rule : d.rules) {
        const CriterionRef* c = d.criterion(rule.criterionId);
        if (!c || c->setId != progress.setId) {
            continue;
        }
        RuleStanding s;
        s.rule = rule;
        s.criterion = *c;
        for (const Village& v : d.villages) {
            if (coversDate(v.validFrom, v.validTo, progress.asOf)) {
                ++s.villages;
                s.modelAreas += modelAreaOn(d, v.id, progress.asOf) ? 1 : 0;
                s.gardens += gardensOn(d, v.id, progress.asOf);
            }
        }
        switch (rule.measure) {
        case VillageMeasure::ModelAreaShare:
            s.value = s.villages == 0 ? 0.0 : 100.0 * s.modelAreas / s.villages;
            break;
        case VillageMeasure::ModelAreaCount:
            s.value = s.modelAreas;
            break;
        case VillageMeasure::ModelGardens:
            s.value = s.gardens;
            break;
        }
        if (rule.threshold) {
            s.meets = s.value >= *rule.threshold;
        }
        out.append(s);
    }
    return out;
}

} // namespace ntm::core
