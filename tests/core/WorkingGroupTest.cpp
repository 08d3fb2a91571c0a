// SPDX-License-Identifier: GPL-3.0-or-later
// Working groups (issue 20): the rules, responsibilities by date when a member is replaced mid-year, and undo of a
// replacement, on a small hand-built commune.
#include "TestSupport.h"

#include "db/Sql.h"
#include "service/MemberReplacement.h"
#include "service/ReviewService.h"
#include "service/WorkingGroupService.h"
#include "service/followup/FollowUpFigures.h"
#include "service/followup/FollowUpService.h"
#include "store/WorkingGroupStore.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
struct Sample
{
    TempFolder tmp;
    std::unique_ptr<Database> db = openDb(tmp.path(QStringLiteral("groups.ntm")));
    Fixture f = makeFixture(*db);
    QString village1;
    QString village2;
    QString group;
    QString leader;
    QString member;

    Sample()
    {
        for (const char* name : {"Thôn 1", "Thôn 2"}) {
            Village v;
            v.communeId = f.communeA1;
            v.name = QString::fromUtf8(name);
            (village1.isEmpty() ? village1 : village2) = ReviewService(*db).addVillage(v).value();
        }
        WorkingGroup g;
        g.communeId = f.communeA1;
        g.name = QStringLiteral("Đoàn công tác số 1");
        g.decisionNo = QStringLiteral("12-QĐ/ĐU");
        g.decidedOn = QDate(2016, 1, 15);
        g.issuingBody = QStringLiteral("Ban Thường vụ Đảng ủy xã");
        g.validFrom = QDate(2016, 1, 18);
        g.validTo = QDate(2020, 9, 30);
        group = WorkingGroupService(*db).addGroup(g).value();
        leader = addMember(QStringLiteral("Nguyễn Văn An"), MemberRole::Leader, QDate(2016, 1, 18)).value();
        member = addMember(QStringLiteral("Trần Thị Bình"), MemberRole::Member, QDate(2016, 1, 18)).value();
        REQUIRE(addResponsibility(village1, leader, QDate(2016, 1, 18), QDate()).ok());
        REQUIRE(addResponsibility(village2, member, QDate(2016, 1, 18), QDate()).ok());
    }

    Result<QString> addMember(const QString& name, MemberRole role, const QDate& from, const QDate& to = {})
    {
        GroupMember m;
        m.groupId = group;
        m.communeId = f.communeA1;
        m.fullName = name;
        m.role = role;
        m.position = QStringLiteral("Đảng ủy viên");
        m.validFrom = from;
        m.validTo = to;
        return WorkingGroupService(*db).addMember(m);
    }

    Result<QString> addResponsibility(const QString& village, const QString& memberId, const QDate& from,
                                      const QDate& to)
    {
        VillageResponsibility r;
        r.communeId = f.communeA1;
        r.villageId = village;
        r.groupId = group;
        r.memberId = memberId;
        r.validFrom = from;
        r.validTo = to;
        return WorkingGroupService(*db).addResponsibility(r);
    }

    FollowUpData data() { return FollowUpService(*db).load(f.communeA1).value(); }

    QString responsibleFor(const QString& village, const QDate& on)
    {
        const FollowUpData d = data();
        const GroupMember* m = FollowUpFigures::responsibleMember(d, village, on);
        return m ? m->fullName : QString();
    }

    int rows(const char* table)
    {
        return sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value().toInt();
    }
};

GroupMember successor(const QString& name)
{
    GroupMember m;
    m.fullName = name;
    m.position = QStringLiteral("Đảng ủy viên");
    return m;
}
} // namespace

TEST_CASE("Working groups: a member replaced mid-year hands over their village on the day", "[groups]")
{
    Sample c;
    const auto plan =
        MemberReplacementService(*c.db).plan(c.leader, QDate(2017, 7, 1), successor(QStringLiteral("Lê Văn Cường")));
    REQUIRE(plan.ok());
    CHECK(plan.value().ended.validTo == QDate(2017, 6, 30));
    CHECK(plan.value().successor.role == MemberRole::Leader);
    REQUIRE(plan.value().added.size() == 1);
    const int audit = c.rows("audit_log");
    REQUIRE(MemberReplacementService(*c.db).apply(plan.value()).ok());
    CHECK(c.rows("audit_log") == audit + 4); // the member ended, the successor, the village ended, its new share

    CHECK(c.responsibleFor(c.village1, QDate(2016, 1, 18)) == QStringLiteral("Nguyễn Văn An"));
    CHECK(c.responsibleFor(c.village1, QDate(2017, 6, 30)) == QStringLiteral("Nguyễn Văn An"));
    CHECK(c.responsibleFor(c.village1, QDate(2017, 7, 1)) == QStringLiteral("Lê Văn Cường"));
    CHECK(c.responsibleFor(c.village1, QDate(2020, 9, 30)) == QStringLiteral("Lê Văn Cường"));
    CHECK(c.responsibleFor(c.village2, QDate(2017, 7, 1)) == QStringLiteral("Trần Thị Bình"));

    const FollowUpData d = c.data();
    const QList<GroupOnDate> before = FollowUpFigures::groupsOn(d, QDate(2017, 6, 30));
    const QList<GroupOnDate> after = FollowUpFigures::groupsOn(d, QDate(2017, 7, 1));
    REQUIRE(before.size() == 1);
    REQUIRE(after.size() == 1);
    CHECK(before.constFirst().leader == QStringLiteral("Nguyễn Văn An"));
    CHECK(after.constFirst().leader == QStringLiteral("Lê Văn Cường"));
    CHECK(after.constFirst().members.constFirst().villages == QStringList{QStringLiteral("Thôn 1")});
    CHECK(FollowUpFigures::groupsOn(d, QDate(2020, 10, 1)).isEmpty()); // the group's period ended

    // Undo puts every row back as it was; redo applies the same plan again.
    REQUIRE(MemberReplacementService(*c.db).revert(plan.value()).ok());
    CHECK(c.responsibleFor(c.village1, QDate(2018, 1, 1)) == QStringLiteral("Nguyễn Văn An"));
    CHECK(c.rows("working_group_member") == 2);
    CHECK(c.rows("village_responsibility") == 2);
    REQUIRE(MemberReplacementService(*c.db).apply(plan.value()).ok());
    CHECK(c.responsibleFor(c.village1, QDate(2018, 1, 1)) == QStringLiteral("Lê Văn Cường"));
}

TEST_CASE("Working groups: a replacement is refused outside the member's time and leaves the database as it was",
          "[groups]")
{
    Sample c;
    const int rows = c.rows("working_group_member");
    for (const QDate& on : {QDate(2016, 1, 18), QDate(2015, 5, 1)}) {
        const auto plan = MemberReplacementService(*c.db).plan(c.leader, on, successor(QStringLiteral("Lê Văn Cường")));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().message.contains(QStringLiteral("takes over on a day after the first")));
    }
    const auto unnamed = MemberReplacementService(*c.db).plan(c.leader, QDate(2017, 7, 1), successor(QString()));
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().field == QStringLiteral("full_name"));
    // A plan applied after someone else changed the member is refused, not forced.
    const auto plan =
        MemberReplacementService(*c.db).plan(c.leader, QDate(2017, 7, 1), successor(QStringLiteral("Lê Văn Cường")));
    REQUIRE(plan.ok());
    GroupMember changed = *WorkingGroupStore(*c.db).member(c.leader).value();
    changed.position = QStringLiteral("Phó Bí thư Đảng ủy xã");
    REQUIRE(WorkingGroupService(*c.db).updateMember(changed).ok());
    const Status stale = MemberReplacementService(*c.db).apply(plan.value());
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == ErrorKind::Conflict);
    CHECK(c.rows("working_group_member") == rows);
}

TEST_CASE("Working groups: one leader at a time, one member per village at a time, within the periods", "[groups]")
{
    Sample c;
    const auto second = c.addMember(QStringLiteral("Phạm Văn Dũng"), MemberRole::Leader, QDate(2017, 1, 1));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().field == QStringLiteral("role"));
    CHECK(second.error().message.contains(QStringLiteral("Nguyễn Văn An leads the group")));
    const auto twice = c.addMember(QStringLiteral("nguyen van an"), MemberRole::Member, QDate(2017, 1, 1));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already a member")));
    const auto early = c.addMember(QStringLiteral("Võ Văn Em"), MemberRole::Member, QDate(2015, 1, 1));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("valid_from"));
    const auto late =
        c.addMember(QStringLiteral("Võ Văn Em"), MemberRole::Member, QDate(2017, 1, 1), QDate(2021, 1, 1));
    REQUIRE_FALSE(late.ok());

    const auto other = c.addMember(QStringLiteral("Võ Văn Em"), MemberRole::Member, QDate(2017, 1, 1));
    REQUIRE(other.ok());
    const auto shared = c.addResponsibility(c.village1, other.value(), QDate(2017, 1, 1), QDate());
    REQUIRE_FALSE(shared.ok());
    CHECK(shared.error().message.contains(QStringLiteral("one responsible member at a time")));
    const auto beforeJoining = c.addResponsibility(c.village1, other.value(), QDate(2016, 6, 1), QDate(2016, 12, 31));
    REQUIRE_FALSE(beforeJoining.ok());
    CHECK(beforeJoining.error().message.contains(QStringLiteral("Võ Văn Em is in the group")));

    // A member with villages cannot be deleted, nor can a group with members; both are refused with a message.
    const Status member = WorkingGroupService(*c.db).removeMember(c.leader);
    REQUIRE_FALSE(member.ok());
    CHECK(member.error().message.contains(QStringLiteral("answers for villages or actions")));
    const Status group = WorkingGroupService(*c.db).removeGroup(c.group);
    REQUIRE_FALSE(group.ok());
    CHECK(group.error().message.contains(QStringLiteral("still has members")));
    // Shortening the group's period past its members' is refused too.
    WorkingGroup g = *WorkingGroupStore(*c.db).group(c.group).value();
    g.validFrom = QDate(2016, 6, 1);
    const Status shortened = WorkingGroupService(*c.db).updateGroup(g);
    REQUIRE_FALSE(shortened.ok());
    CHECK(shortened.error().message.contains(QStringLiteral("outside the group's period")));
}

TEST_CASE("Working groups: a group needs a name and a start in the commune's life", "[groups]")
{
    Sample c;
    WorkingGroup g;
    g.communeId = c.f.communeA2; // Ân Phong ended on 31/12/2019 (merged into An Hòa)
    g.name = QStringLiteral("Đoàn 2");
    g.validFrom = QDate(2020, 3, 1);
    const auto gone = WorkingGroupService(*c.db).checkGroup(g).value();
    REQUIRE_FALSE(gone.isEmpty());
    CHECK(gone.constFirst().field == QStringLiteral("valid_from"));
    CHECK(gone.constFirst().message.contains(QStringLiteral("did not exist")));
    g.communeId = c.f.communeA1;
    g.name = QStringLiteral("đoàn công tác số 1"); // the same name as a group of the same time
    g.validFrom = QDate(2018, 1, 1);
    const auto clash = WorkingGroupService(*c.db).checkGroup(g).value();
    REQUIRE(hasErrors(clash));
    CHECK(clash.constFirst().field == QStringLiteral("name"));
    g.validFrom = QDate(2021, 1, 1); // after the first group ended: allowed
    CHECK_FALSE(hasErrors(WorkingGroupService(*c.db).checkGroup(g).value()));
}
