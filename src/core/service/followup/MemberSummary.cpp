// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/followup/MemberSummary.h"

#include "util/VietnameseOrder.h"

#include <algorithm>

namespace ntm::core {

namespace {
QDate laterOf(const QDate& a, const QDate& b)
{
    return !a.isValid() ? b : !b.isValid() ? a : std::max(a, b);
}

/// The earlier of two ends, an invalid date meaning "open".
QDate earlierEnd(const QDate& a, const QDate& b)
{
    return !a.isValid() ? b : !b.isValid() ? a : std::min(a, b);
}
} // namespace

int MemberSummary::villagesRecognisedDuring() const
{
    int n = 0;
    for (const MemberVillage& v : villages) {
        n += v.areaDuring ? 1 : 0;
    }
    return n;
}

int MemberSummary::gardensGained() const
{
    int n = 0;
    for (const MemberVillage& v : villages) {
        n += v.gardensAtEnd - v.gardensAtStart;
    }
    return n;
}

std::optional<MemberSummary> MemberSummaries::of(const FollowUpData& d, const QString& personKey, const QDate& asOf,
                                                 const CommuneProgress& atEnd)
{
    MemberSummary s;
    s.personKey = personKey;
    s.asOf = asOf;
    QDate latest;
    for (const GroupMember& m : d.members) {
        if (m.personKey() != personKey || m.validFrom > asOf) {
            continue;
        }
        s.memberships.append(m);
        if (const WorkingGroup* g = d.group(m.groupId)) {
            s.groupNames.insert(g->id, g->name);
        }
        const QDate end = earlierEnd(
            m.validTo.isValid() ? m.validTo : (d.group(m.groupId) ? d.group(m.groupId)->validTo : QDate()), asOf);
        if (!s.from.isValid() || m.validFrom < s.from) {
            s.from = m.validFrom;
        }
        s.to = laterOf(s.to, end);
        if (!latest.isValid() || m.validFrom >= latest) {
            latest = m.validFrom;
            s.name = m.fullName;
            s.position = m.position;
            s.officialId = m.officialId;
        }
    }
    if (s.memberships.isEmpty()) {
        return std::nullopt;
    }
    addVillages(d, s);
    addActions(d, s, atEnd);
    return s;
}

void MemberSummaries::addVillages(const FollowUpData& d, MemberSummary& s)
{
    // Their own villages first; then, while they lead a group, the villages in the group's own charge, unless the
    // same village is already theirs at the same time (a village is counted once).
    for (const bool throughGroup : {false, true}) {
        for (const GroupMember& m : s.memberships) {
            const WorkingGroup* g = d.group(m.groupId);
            const QDate memberEnd = earlierEnd(m.validTo.isValid() ? m.validTo : (g ? g->validTo : QDate()), s.asOf);
            for (const VillageResponsibility& r : d.responsibilities) {
                const bool own = r.memberId == m.id;
                const bool led = r.memberId.isEmpty() && r.groupId == m.groupId && m.role == MemberRole::Leader;
                if (throughGroup ? !led : !own) {
                    continue;
                }
                MemberVillage v;
                v.from = laterOf(r.validFrom, m.validFrom);
                v.to = earlierEnd(earlierEnd(r.validTo, memberEnd), g ? g->validTo : QDate());
                if (!v.from.isValid() || !v.to.isValid() || v.to < v.from) {
                    continue;
                }
                bool counted = false;
                for (const MemberVillage& o : s.villages) {
                    counted = counted || (o.villageId == r.villageId && o.from <= v.to && v.from <= o.to);
                }
                if (counted) {
                    continue;
                }
                v.villageId = r.villageId;
                v.name = d.villageName(r.villageId);
                v.group = g ? g->name : QString();
                v.throughGroup = led;
                v.area = FollowUpFigures::modelAreaOn(d, r.villageId, v.to);
                for (const VillageModelArea& a : d.modelAreas) {
                    v.areaDuring =
                        v.areaDuring || (a.villageId == r.villageId && a.decidedOn >= v.from && a.decidedOn <= v.to);
                }
                v.gardensAtStart = FollowUpFigures::gardensOn(d, r.villageId, v.from.addDays(-1));
                v.gardensAtEnd = FollowUpFigures::gardensOn(d, r.villageId, v.to);
                s.villages.append(v);
            }
        }
    }
    std::sort(s.villages.begin(), s.villages.end(), [](const MemberVillage& a, const MemberVillage& b) {
        return a.from < b.from || (a.from == b.from && text::lessVietnamese(a.name, b.name));
    });
}

void MemberSummaries::addActions(const FollowUpData& d, MemberSummary& s, const CommuneProgress& atEnd)
{
    QHash<QString, MemberCriterion> criteria;
    for (const ReviewAction& a : d.actions) {
        if (a.personKey != s.personKey || a.decidedOn > s.asOf) {
            continue;
        }
        s.actions.append(a);
        const ActionState state = a.stateOn(s.asOf);
        s.actionCounts.add(state, a.doneLate());
        if (const CriterionRef* c = d.criterion(a.criterionId)) {
            MemberCriterion& mc = criteria[c->key()];
            mc.key = c->key();
            mc.label = c->label();
            mc.number = c->number;
            mc.counts.add(state, a.doneLate());
        }
    }
    for (auto it = criteria.begin(); it != criteria.end(); ++it) {
        for (const CriterionState& st : atEnd.criteria) {
            const CriterionRef* c = d.criterion(st.criterionId);
            if (c && c->key() == it.key()) {
                it->status = st.status;
            }
        }
        s.criteria.append(*it);
    }
    std::sort(s.criteria.begin(), s.criteria.end(), [](const MemberCriterion& a, const MemberCriterion& b) {
        return a.number < b.number || (a.number == b.number && a.key < b.key);
    });
}

QList<MemberSummary> MemberSummaries::all(const FollowUpData& d, const QDate& asOf, const CommuneProgress& atEnd)
{
    QStringList keys;
    for (const GroupMember& m : d.members) {
        if (m.validFrom <= asOf && !keys.contains(m.personKey())) {
            keys.append(m.personKey());
        }
    }
    QList<MemberSummary> out;
    for (const QString& key : keys) {
        if (auto s = of(d, key, asOf, atEnd)) {
            out.append(*s);
        }
    }
    std::sort(out.begin(), out.end(), [](const MemberSummary& a, const MemberSummary& b) {
        return text::comparePersonNames(a.name, b.name) < 0;
    });
    return out;
}

} // namespace ntm::core
