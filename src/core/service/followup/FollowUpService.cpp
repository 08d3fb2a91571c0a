// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/followup/FollowUpService.h"

#include "service/ProgressService.h"
#include "store/ActionStore.h"
#include "store/CriteriaStore.h"
#include "store/ReviewStore.h"
#include "store/UnitStore.h"
#include "store/VillageProgressStore.h"
#include "store/WorkingGroupStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"

namespace ntm::core {

Status FollowUpService::loadCriteria(FollowUpData& d)
{
    const auto sets = CriteriaStore(m_db).sets();
    if (!sets) {
        return sets.error();
    }
    for (const CriteriaSet& s : sets.value()) {
        for (const Criterion& c : s.criteria) {
            CriterionRef ref{c.id, s.id, s.displayCode(), s.family, c.number, c.name, {}};
            for (const Indicator& i : c.indicators) {
                ref.indicators.insert(i.id, QStringLiteral("%1 %2").arg(i.code, i.name));
            }
            d.criteria.insert(c.id, ref);
        }
    }
    return {};
}

Status FollowUpService::loadRecords(FollowUpData& d)
{
    const QString& communeId = d.communeId;
    WorkingGroupStore groups(m_db);
    ReviewStore review(m_db);
    VillageProgressStore villages(m_db);
    ActionStore actions(m_db);
    auto g = groups.groups(communeId);
    auto m = groups.members(communeId);
    auto r = groups.responsibilities(communeId);
    auto v = review.villages(communeId);
    auto meetings = review.meetings(communeId);
    auto areas = villages.modelAreas(communeId);
    auto gardens = villages.gardenCounts(communeId);
    auto links = villages.links(communeId);
    auto rules = villages.rules(d.provinceId);
    auto a = actions.actions(communeId);
    auto p = actions.plans(communeId);
    for (const Status& s :
         {g ? Status() : Status(g.error()), m ? Status() : Status(m.error()), r ? Status() : Status(r.error()),
          v ? Status() : Status(v.error()), meetings ? Status() : Status(meetings.error()),
          areas ? Status() : Status(areas.error()), gardens ? Status() : Status(gardens.error()),
          links ? Status() : Status(links.error()), rules ? Status() : Status(rules.error()),
          a ? Status() : Status(a.error()), p ? Status() : Status(p.error())}) {
        if (!s) {
            return s;
        }
    }
    d.groups = g.value();
    d.members = m.value();
    d.responsibilities = r.value();
    d.villages = v.value();
    d.meetings = meetings.value();
    d.modelAreas = areas.value();
    d.gardenCounts = gardens.value();
    d.links = links.value();
    d.rules = rules.value();
    d.actions = a.value();
    d.plans = p.value();
    return {};
}

Result<FollowUpData> FollowUpService::load(const QString& communeId)
{
    FollowUpData d;
    d.communeId = communeId;
    const auto commune = UnitStore(m_db).commune(communeId);
    if (!commune) {
        return commune.error();
    }
    if (!commune.value()) {
        return Error{QString(), tr("There is no commune with the id %1 in the database.").arg(communeId)};
    }
    d.commune = commune.value();
    d.provinceId = commune.value()->provinceId;
    if (Status s = loadRecords(d); !s) {
        return s.error();
    }
    ReviewStore review(m_db);
    for (const VillageLink& l : d.links) {
        for (const QString& id : {l.predecessorId, l.successorId}) {
            if (d.village(id)) {
                continue;
            }
            const auto other = review.village(id);
            if (!other) {
                return other.error();
            }
            if (other.value()) {
                d.linkedVillages.append(*other.value());
            }
        }
    }
    if (Status s = loadCriteria(d); !s) {
        return s.error();
    }
    return d;
}

Result<MemberSummary> FollowUpService::memberSummary(const QString& communeId, const QString& personKey,
                                                     const QDate& asOf)
{
    const auto d = load(communeId);
    if (!d) {
        return d.error();
    }
    const auto first = MemberSummaries::of(d.value(), personKey, asOf);
    if (!first) {
        return Error{QString(),
                     tr("This person was in none of the commune's working groups by %1.").arg(dates::toDisplay(asOf))};
    }
    auto progress = ProgressService::create(m_db);
    if (!progress) {
        return progress.error();
    }
    const auto atEnd = progress.value().communeProgress(communeId, first->to);
    if (!atEnd) {
        return atEnd.error();
    }
    return *MemberSummaries::of(d.value(), personKey, asOf, atEnd.value());
}

Result<QString> FollowUpService::findPerson(const QString& communeId, const QString& nameOrId, const QDate& asOf)
{
    const auto members = WorkingGroupStore(m_db).members(communeId);
    if (!members) {
        return members.error();
    }
    const QString folded = text::fold(nameOrId.simplified());
    QStringList keys;
    QStringList names;
    for (const GroupMember& m : members.value()) {
        if (m.validFrom > asOf) {
            continue;
        }
        const bool match = m.officialId == nameOrId || text::fold(m.fullName) == folded;
        if (match && !keys.contains(m.personKey())) {
            keys.append(m.personKey());
            names.append(m.fullName);
        }
    }
    if (keys.size() == 1) {
        return keys.constFirst();
    }
    if (keys.isEmpty()) {
        QStringList everyone;
        for (const GroupMember& m : members.value()) {
            if (m.validFrom <= asOf && !everyone.contains(m.fullName)) {
                everyone.append(m.fullName);
            }
        }
        return Error{QString(), everyone.isEmpty()
                                    ? tr("The commune had no working group members by %1.").arg(dates::toDisplay(asOf))
                                    : tr("No member of the commune's working groups is called \"%1\"; members: %2.")
                                          .arg(nameOrId, everyone.join(QStringLiteral(", ")))};
    }
    return Error{QString(), tr("\"%1\" names several people: %2; give the official's id instead.")
                                .arg(nameOrId, names.join(QStringLiteral(", ")))};
}

} // namespace ntm::core
