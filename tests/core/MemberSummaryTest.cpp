// SPDX-License-Identifier: GPL-3.0-or-later
// A working-group member's results (issue 20) against counts made by hand: the villages answered for over their
// time (their own, and the group's while they lead it, each once), how those villages progressed meanwhile, their
// actions and the criteria those concerned.
#include "TestSupport.h"

#include "service/followup/MemberSummary.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
GroupMember person(const char* id, const char* group, const char* name, MemberRole role, const QDate& from,
                   const QDate& to = {})
{
    GroupMember m;
    m.id = QLatin1String(id);
    m.groupId = QLatin1String(group);
    m.fullName = QString::fromUtf8(name);
    m.role = role;
    m.validFrom = from;
    m.validTo = to;
    return m;
}

VillageResponsibility charge(const char* id, const char* village, const char* group, const char* member,
                             const QDate& from, const QDate& to = {})
{
    VillageResponsibility r;
    r.id = QLatin1String(id);
    r.villageId = QLatin1String(village);
    r.groupId = QLatin1String(group);
    r.memberId = QLatin1String(member);
    r.validFrom = from;
    r.validTo = to;
    return r;
}

ReviewAction task(const char* id, const GroupMember& who, const char* criterion, const QDate& decided, const QDate& due,
                  std::optional<ActionOutcome> outcome = {}, const QDate& closed = {})
{
    ReviewAction a;
    a.id = QLatin1String(id);
    a.memberId = who.id;
    a.responsible = who.fullName;
    a.personKey = who.personKey();
    a.criterionId = QLatin1String(criterion);
    a.decidedOn = decided;
    a.dueOn = due;
    a.outcome = outcome;
    a.closedOn = closed;
    return a;
}

/// Two groups and three villages. An leads group 1 until 30/06/2017, then Cường does; An then serves in group 2.
FollowUpData sample()
{
    FollowUpData d;
    for (const auto& [id, name, from] :
         {std::tuple{"g1", "Đoàn 1", QDate(2016, 1, 1)}, std::tuple{"g2", "Đoàn 2", QDate(2017, 7, 1)}}) {
        WorkingGroup g;
        g.id = QLatin1String(id);
        g.name = QString::fromUtf8(name);
        g.validFrom = from;
        g.validTo = QDate(2018, 12, 31);
        d.groups.append(g);
    }
    d.members = {person("x", "g1", "Nguyễn Văn An", MemberRole::Leader, QDate(2016, 1, 1), QDate(2017, 6, 30)),
                 person("y", "g1", "Trần Thị Bình", MemberRole::Member, QDate(2016, 1, 1)),
                 person("z", "g1", "Lê Văn Cường", MemberRole::Leader, QDate(2017, 7, 1)),
                 person("x2", "g2", "Nguyễn Văn An", MemberRole::Member, QDate(2017, 7, 1))};
    for (const char* v : {"v1", "v2", "v3"}) {
        Village village;
        village.id = QLatin1String(v);
        village.name = QStringLiteral("Thôn ") + QLatin1String(v).mid(1);
        d.villages.append(village);
    }
    d.responsibilities = {
        charge("r1", "v1", "g1", "x", QDate(2016, 1, 1), QDate(2017, 6, 30)),
        charge("r2", "v1", "g1", "z", QDate(2017, 7, 1)), charge("r3", "v2", "g1", "", QDate(2016, 1, 1)),
        charge("r4", "v3", "g2", "x2", QDate(2017, 7, 1)), charge("r5", "v1", "g1", "", QDate(2016, 1, 1))};
    for (const auto& [id, village, on] :
         {std::tuple{"a1", "v1", QDate(2017, 3, 1)}, std::tuple{"a2", "v2", QDate(2018, 5, 1)}}) {
        VillageModelArea a;
        a.id = QLatin1String(id);
        a.villageId = QLatin1String(village);
        a.decisionNo = QLatin1String(id) + QStringLiteral("/QĐ");
        a.decidedOn = on;
        d.modelAreas.append(a);
    }
    auto count = [](const char* id, const char* village, const QDate& on, int gardens) {
        VillageGardenCount g;
        g.id = QLatin1String(id);
        g.villageId = QLatin1String(village);
        g.countedOn = on;
        g.gardens = gardens;
        return g;
    };
    d.gardenCounts = {count("k1", "v1", QDate(2015, 12, 31), 2),  count("k2", "v1", QDate(2016, 12, 31), 6),
                      count("k3", "v1", QDate(2017, 12, 31), 10), count("k4", "v2", QDate(2016, 6, 30), 1),
                      count("k5", "v2", QDate(2017, 6, 30), 3),   count("k6", "v3", QDate(2017, 12, 31), 5)};
    const GroupMember& an = d.members.at(0);
    d.actions = {
        task("t1", an, "c2", QDate(2016, 3, 7), QDate(2016, 3, 14), ActionOutcome::Done, QDate(2016, 3, 12)),
        task("t2", an, "c2", QDate(2016, 4, 4), QDate(2016, 4, 11), ActionOutcome::Done, QDate(2016, 4, 20)),
        task("t3", an, "c17", QDate(2016, 5, 2), QDate(2016, 5, 9), ActionOutcome::NotDone, QDate(2016, 5, 16)),
        task("t4", d.members.at(3), "", QDate(2017, 12, 4), QDate(2017, 12, 11)),
        task("t5", d.members.at(3), "", QDate(2018, 1, 8), QDate(2018, 1, 22)),
        task("t6", d.members.at(2), "c2", QDate(2017, 8, 7), QDate(2017, 8, 14))};
    d.criteria.insert(QStringLiteral("c2"), {QStringLiteral("c2"),
                                             QStringLiteral("s"),
                                             QStringLiteral("S"),
                                             QStringLiteral("vn"),
                                             2,
                                             QStringLiteral("Giao thông"),
                                             {}});
    d.criteria.insert(QStringLiteral("c17"), {QStringLiteral("c17"),
                                              QStringLiteral("s"),
                                              QStringLiteral("S"),
                                              QStringLiteral("vn"),
                                              17,
                                              QStringLiteral("Môi trường"),
                                              {}});
    return d;
}
} // namespace

TEST_CASE("Member summary: An's villages, their progress and An's actions, counted by hand", "[summary]")
{
    const FollowUpData d = sample();
    CommuneProgress atEnd;
    for (const auto& [id, status] :
         {std::pair{"c2", CriterionStatus::Met}, std::pair{"c17", CriterionStatus::NotMet}}) {
        CriterionState s;
        s.criterionId = QLatin1String(id);
        s.status = status;
        atEnd.criteria.append(s);
    }
    const auto s = MemberSummaries::of(d, d.members.at(0).personKey(), QDate(2018, 1, 15), atEnd);
    REQUIRE(s);
    CHECK(s->name == QStringLiteral("Nguyễn Văn An"));
    CHECK(s->memberships.size() == 2); // leader of group 1, then member of group 2: one person
    CHECK(s->from == QDate(2016, 1, 1));
    CHECK(s->to == QDate(2018, 1, 15));
    REQUIRE(s->villages.size() == 3); // Thôn 1 once (their own and the group's), Thôn 2 through the group, Thôn 3
    const MemberVillage& v1 = s->villages.at(0);
    const MemberVillage& v2 = s->villages.at(1);
    const MemberVillage& v3 = s->villages.at(2);
    CHECK(v1.name == QStringLiteral("Thôn 1"));
    CHECK_FALSE(v1.throughGroup);
    CHECK(v1.to == QDate(2017, 6, 30));
    CHECK(v1.areaDuring);
    CHECK(v1.gardensAtStart == 2);
    CHECK(v1.gardensAtEnd == 6);
    CHECK(v2.name == QStringLiteral("Thôn 2"));
    CHECK(v2.throughGroup);
    CHECK_FALSE(v2.areaDuring); // recognised in 2018, after An left the group's lead
    CHECK(v2.gardensAtStart == 0);
    CHECK(v2.gardensAtEnd == 3);
    CHECK(v3.group == QStringLiteral("Đoàn 2"));
    CHECK(v3.from == QDate(2017, 7, 1));
    CHECK(v3.to == QDate(2018, 1, 15));
    CHECK(v3.gardensAtEnd == 5);
    CHECK(s->villagesRecognisedDuring() == 1);
    CHECK(s->gardensGained() == 4 + 3 + 5);

    CHECK(s->actionCounts.total() == 5);
    CHECK(s->actionCounts.done == 2);
    CHECK(s->actionCounts.doneLate == 1);
    CHECK(s->actionCounts.notDone == 1);
    CHECK(s->actionCounts.open == 2);
    CHECK(s->actionCounts.overdue == 1); // t4, due 11/12/2017; t5 is due on 22/01/2018
    REQUIRE(s->criteria.size() == 2);
    CHECK(s->criteria.at(0).label == QStringLiteral("2. Giao thông"));
    CHECK(s->criteria.at(0).counts.done == 2);
    CHECK(s->criteria.at(0).status == CriterionStatus::Met);
    CHECK(s->criteria.at(1).number == 17);
    CHECK(s->criteria.at(1).counts.notDone == 1);
    CHECK(s->criteria.at(1).status == CriterionStatus::NotMet);
}

TEST_CASE("Member summary: the successor's share, and everyone listed by given name", "[summary]")
{
    const FollowUpData d = sample();
    const auto cuong = MemberSummaries::of(d, d.members.at(2).personKey(), QDate(2018, 1, 15));
    REQUIRE(cuong);
    REQUIRE(cuong->villages.size() == 2);
    CHECK(cuong->villages.at(0).name == QStringLiteral("Thôn 1"));
    CHECK(cuong->villages.at(0).gardensAtStart == 6);
    CHECK(cuong->villages.at(0).gardensAtEnd == 10);
    CHECK_FALSE(cuong->villages.at(0).areaDuring); // Thôn 1 was recognised before Cường took over
    CHECK(cuong->villages.at(0).area.has_value());
    CHECK(cuong->gardensGained() == 4);
    CHECK(cuong->actionCounts.overdue == 1);

    QStringList names;
    for (const MemberSummary& s : MemberSummaries::all(d, QDate(2018, 1, 15))) {
        names.append(s.name);
    }
    CHECK(names == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                               QStringLiteral("Lê Văn Cường")});
    // Before Cường joined, he is nobody's summary yet.
    CHECK_FALSE(MemberSummaries::of(d, d.members.at(2).personKey(), QDate(2017, 6, 30)));
    CHECK(MemberSummaries::all(d, QDate(2017, 6, 30)).size() == 2);
}
