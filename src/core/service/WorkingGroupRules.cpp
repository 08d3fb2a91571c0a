// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/WorkingGroupRules.h"

#include "service/IssueStatus.h"
#include "util/ById.h"
#include "util/Dates.h"
#include "util/TextFold.h"

namespace ntm::core {

namespace {
bool after(const QDate& a, const QDate& b)
{
    return a.isValid() && b.isValid() && a > b;
}

/// An end (invalid: open) is later than a limit (invalid: none).
bool endsAfter(const QDate& end, const QDate& limit)
{
    return limit.isValid() && (!end.isValid() || end > limit);
}
} // namespace

const WorkingGroup* GroupContext::group(const QString& id) const
{
    return byId(groups, id);
}

const GroupMember* GroupContext::member(const QString& id) const
{
    return byId(members, id);
}

const Village* GroupContext::village(const QString& id) const
{
    return byId(villages, id);
}

QString WorkingGroupRules::periodText(const QDate& from, const QDate& to)
{
    if (!to.isValid()) {
        return tr("from %1").arg(dates::toDisplay(from));
    }
    return QStringLiteral("%1 – %2").arg(dates::toDisplay(from), dates::toDisplay(to));
}

QDate WorkingGroupRules::effectiveEnd(const GroupMember& m, const GroupContext& c)
{
    if (m.validTo.isValid()) {
        return m.validTo;
    }
    const WorkingGroup* g = c.group(m.groupId);
    return g ? g->validTo : QDate();
}

Issues WorkingGroupRules::checkGroup(const WorkingGroup& g, const GroupContext& c)
{
    Issues out;
    if (g.name.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("name"), tr("Enter the group's name.")));
    }
    if (!g.validFrom.isValid()) {
        out.append(errorIssue(QStringLiteral("valid_from"), tr("Enter the date the group started work.")));
        return out;
    }
    if (after(g.validFrom, g.validTo)) {
        out.append(errorIssue(QStringLiteral("valid_to"), tr("The group cannot end before it starts.")));
    }
    if (after(g.decidedOn, c.today)) {
        out.append(errorIssue(QStringLiteral("decided_on"),
                              tr("The decision's date %1 is in the future.").arg(dates::toDisplay(g.decidedOn))));
    } else if (after(g.decidedOn, g.validFrom)) {
        out.append(warningIssue(QStringLiteral("decided_on"),
                                tr("The decision is dated %1, after the group started work on %2.")
                                    .arg(dates::toDisplay(g.decidedOn), dates::toDisplay(g.validFrom))));
    }
    if (!c.commune) {
        out.append(errorIssue(QStringLiteral("commune"), tr("This commune is not in the database.")));
    } else if (!c.commune->existsOn(g.validFrom)) {
        out.append(errorIssue(QStringLiteral("valid_from"),
                              tr("The commune did not exist on %1.").arg(dates::toDisplay(g.validFrom))));
    } else if (endsAfter(g.validTo, c.commune->validTo)) {
        out.append(warningIssue(QStringLiteral("valid_to"), tr("The commune ended on %1; the group cannot work "
                                                               "after that.")
                                                                .arg(dates::toDisplay(c.commune->validTo))));
    }
    for (const WorkingGroup& o : c.groups) {
        if (o.id != g.id && text::fold(o.name) == text::fold(g.name) &&
            periodsOverlap(o.validFrom, o.validTo, g.validFrom, g.validTo)) {
            out.append(errorIssue(QStringLiteral("name"), tr("The commune already has a working group named %1 (%2).")
                                                              .arg(o.name, periodText(o.validFrom, o.validTo))));
        }
    }
    checkHeldWithin(g, c, out);
    return out;
}

void WorkingGroupRules::checkHeldWithin(const WorkingGroup& g, const GroupContext& c, Issues& out)
{
    if (g.id.isEmpty()) {
        return;
    }
    for (const GroupMember& m : c.members) {
        if (m.groupId == g.id &&
            (after(g.validFrom, m.validFrom) || (m.validTo.isValid() && after(m.validTo, g.validTo)))) {
            out.append(errorIssue(QStringLiteral("valid_to"),
                                  tr("%1 is a member %2, outside the group's period; change their dates first.")
                                      .arg(m.fullName, periodText(m.validFrom, m.validTo))));
            return;
        }
    }
    for (const VillageResponsibility& r : c.responsibilities) {
        if (r.groupId == g.id &&
            (after(g.validFrom, r.validFrom) || (r.validTo.isValid() && after(r.validTo, g.validTo)))) {
            const Village* v = c.village(r.villageId);
            out.append(errorIssue(QStringLiteral("valid_to"),
                                  tr("The group answers for %1 %2, outside its period; change those dates first.")
                                      .arg(v ? v->name : r.villageId, periodText(r.validFrom, r.validTo))));
            return;
        }
    }
}

Issues WorkingGroupRules::checkMember(const GroupMember& m, const GroupContext& c, bool officialExists)
{
    Issues out;
    const WorkingGroup* g = c.group(m.groupId);
    if (!g) {
        out.append(errorIssue(QStringLiteral("group"), tr("Choose the working group.")));
        return out;
    }
    if (m.fullName.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("full_name"),
                              tr("Enter the member's name, or choose them from the officials register.")));
    }
    if (!m.officialId.isEmpty() && !officialExists) {
        out.append(errorIssue(QStringLiteral("full_name"), tr("This official is no longer in the register.")));
    }
    if (!m.validFrom.isValid()) {
        out.append(errorIssue(QStringLiteral("valid_from"), tr("Enter the date the member joined the group.")));
        return out;
    }
    if (after(m.validFrom, m.validTo)) {
        out.append(errorIssue(QStringLiteral("valid_to"), tr("The membership cannot end before it starts.")));
    }
    if (after(g->validFrom, m.validFrom) || (m.validTo.isValid() && after(m.validTo, g->validTo)) ||
        after(m.validFrom, g->validTo)) {
        out.append(errorIssue(
            QStringLiteral("valid_from"),
            tr("The group works %1; a membership lies within it.").arg(periodText(g->validFrom, g->validTo))));
    }
    const QDate end = effectiveEnd(m, c);
    for (const GroupMember& o : c.members) {
        if (o.id == m.id || o.groupId != m.groupId ||
            !periodsOverlap(o.validFrom, effectiveEnd(o, c), m.validFrom, end)) {
            continue;
        }
        if (o.personKey() == m.personKey()) {
            out.append(errorIssue(
                QStringLiteral("full_name"),
                tr("%1 is already a member of this group (%2).").arg(o.fullName, periodText(o.validFrom, o.validTo))));
        } else if (m.role == MemberRole::Leader && o.role == MemberRole::Leader) {
            out.append(errorIssue(QStringLiteral("role"),
                                  tr("%1 leads the group %2; a group has one leader at a time (Replace… hands the "
                                     "group over on a date).")
                                      .arg(o.fullName, periodText(o.validFrom, o.validTo))));
        }
    }
    if (!m.id.isEmpty()) {
        for (const VillageResponsibility& r : c.responsibilities) {
            if (r.memberId == m.id &&
                (after(m.validFrom, r.validFrom) || (r.validTo.isValid() && endsAfter(r.validTo, end)))) {
                const Village* v = c.village(r.villageId);
                out.append(
                    errorIssue(QStringLiteral("valid_to"),
                               tr("%1 answers for %2 %3, outside this membership; end or move that first "
                                  "(Replace… moves a member's villages to their successor).")
                                   .arg(m.fullName, v ? v->name : r.villageId, periodText(r.validFrom, r.validTo))));
                break;
            }
        }
    }
    return out;
}

Issues WorkingGroupRules::checkResponsibility(const VillageResponsibility& r, const GroupContext& c)
{
    Issues out;
    const WorkingGroup* g = c.group(r.groupId);
    if (!g) {
        out.append(errorIssue(QStringLiteral("group"), tr("Choose the working group.")));
        return out;
    }
    const Village* v = c.village(r.villageId);
    if (!v) {
        out.append(errorIssue(QStringLiteral("village"), tr("Choose a village of the commune.")));
        return out;
    }
    if (!r.memberId.isEmpty()) {
        const GroupMember* m = c.member(r.memberId);
        if (!m || m->groupId != r.groupId) {
            out.append(errorIssue(QStringLiteral("member"), tr("Choose a member of this group.")));
            return out;
        }
    }
    if (!r.validFrom.isValid()) {
        out.append(errorIssue(QStringLiteral("valid_from"), tr("Enter the date from which the village is in their "
                                                               "charge.")));
        return out;
    }
    if (after(r.validFrom, r.validTo)) {
        out.append(errorIssue(QStringLiteral("valid_to"), tr("The responsibility cannot end before it starts.")));
    }
    checkResponsibilityPeriod(r, c, out);
    checkResponsibilityOverlaps(r, c, out);
    return out;
}

void WorkingGroupRules::checkResponsibilityPeriod(const VillageResponsibility& r, const GroupContext& c, Issues& out)
{
    const WorkingGroup* g = c.group(r.groupId);
    const Village* v = c.village(r.villageId);
    const GroupMember* member = c.member(r.memberId);
    // An open end means "as long as the member (or the group) serves".
    const QDate end = r.validTo.isValid() ? r.validTo : member ? effectiveEnd(*member, c) : g->validTo;
    if (after(g->validFrom, r.validFrom) || endsAfter(end, g->validTo)) {
        out.append(errorIssue(QStringLiteral("valid_from"), tr("The group works %1; its villages are in its charge "
                                                               "within that period.")
                                                                .arg(periodText(g->validFrom, g->validTo))));
    }
    if (member) {
        const QDate memberEnd = effectiveEnd(*member, c);
        if (after(member->validFrom, r.validFrom) || endsAfter(end, memberEnd)) {
            out.append(errorIssue(QStringLiteral("valid_from"),
                                  tr("%1 is in the group %2; the village is in their charge within that period.")
                                      .arg(member->fullName, periodText(member->validFrom, memberEnd))));
        }
    }
    if (after(v->validFrom, r.validFrom)) {
        out.append(errorIssue(QStringLiteral("valid_from"),
                              tr("%1 exists from %2.").arg(v->name, dates::toDisplay(v->validFrom))));
    }
    if (endsAfter(end, v->validTo)) {
        out.append(errorIssue(QStringLiteral("valid_to"), tr("%1 ended on %2 (merged or renamed); end the "
                                                             "responsibility by then.")
                                                              .arg(v->name, dates::toDisplay(v->validTo))));
    }
}

void WorkingGroupRules::checkResponsibilityOverlaps(const VillageResponsibility& r, const GroupContext& c, Issues& out)
{
    const Village* v = c.village(r.villageId);
    for (const VillageResponsibility& o : c.responsibilities) {
        if (o.id == r.id || o.villageId != r.villageId ||
            !periodsOverlap(o.validFrom, o.validTo, r.validFrom, r.validTo)) {
            continue;
        }
        const WorkingGroup* og = c.group(o.groupId);
        if (o.groupId != r.groupId) {
            out.append(errorIssue(QStringLiteral("village"),
                                  tr("%1 is in the charge of %2 %3; a village answers to "
                                     "one group at a time.")
                                      .arg(v->name, og ? og->name : o.groupId, periodText(o.validFrom, o.validTo))));
            return;
        }
        if (o.memberId == r.memberId) {
            out.append(errorIssue(QStringLiteral("village"), tr("This responsibility for %1 is already recorded (%2).")
                                                                 .arg(v->name, periodText(o.validFrom, o.validTo))));
            return;
        }
        if (!o.memberId.isEmpty() && !r.memberId.isEmpty()) {
            const GroupMember* om = c.member(o.memberId);
            out.append(errorIssue(QStringLiteral("member"), tr("%1 answers for %2 %3; a village has one responsible "
                                                               "member at a time.")
                                                                .arg(om ? om->fullName : o.memberId, v->name,
                                                                     periodText(o.validFrom, o.validTo))));
            return;
        }
    }
}

} // namespace ntm::core
