// SPDX-License-Identifier: GPL-3.0-or-later
// Scopes of issue 20's records: a commune leader writes their own commune's working groups, actions, plans and
// villages (with their progress and lineage), and nothing of another commune; the provinces' village rules are an
// administrator's. Every refusal says who is refused and why, and changes nothing (not even the audit log).
#include "TestSupport.h"

#include "db/Sql.h"
#include "service/ActionService.h"
#include "service/CriterionPlanService.h"
#include "service/MemberReplacement.h"
#include "service/ReviewService.h"
#include "service/VillageChange.h"
#include "service/VillageProgressService.h"
#include "service/WorkingGroupService.h"
#include "store/ActionStore.h"
#include "store/CriteriaStore.h"
#include "store/WorkingGroupStore.h"

#include <functional>

using namespace ntm::core;
using namespace ntm::test;

namespace {
/// One of each record in commune A1 (inside the leader's scope) and in B1 (outside).
struct Records
{
    Fixture f;
    QString criterion;
    QString group[2];
    QString leader[2];
    QString village[2];
    QString village2[2];
    QString meeting[2];
    QString action[2];

    QString commune(bool inside) const { return inside ? f.communeA1 : f.communeB1; }
    static int at(bool inside) { return inside ? 0 : 1; }
};

Records makeRecords(Database& db)
{
    Records r;
    r.f = makeFixture(db);
    r.criterion = CriteriaStore(db).sets().value().at(1).criterionByNumber(1)->id;
    for (const bool inside : {true, false}) {
        const int i = Records::at(inside);
        for (QString* id : {&r.village[i], &r.village2[i]}) {
            Village v;
            v.communeId = r.commune(inside);
            v.name = id == &r.village[i] ? QStringLiteral("Thôn 1") : QStringLiteral("Thôn 2");
            v.validFrom = QDate(2010, 1, 1);
            *id = ReviewService(db).addVillage(v).value();
        }
        WorkingGroup g;
        g.communeId = r.commune(inside);
        g.name = QStringLiteral("Đoàn công tác số 1");
        g.validFrom = QDate(2016, 1, 18);
        r.group[i] = WorkingGroupService(db).addGroup(g).value();
        GroupMember m;
        m.groupId = r.group[i];
        m.communeId = r.commune(inside);
        m.fullName = QStringLiteral("Nguyễn Văn An");
        m.role = MemberRole::Leader;
        m.validFrom = QDate(2016, 1, 18);
        r.leader[i] = WorkingGroupService(db).addMember(m).value();
        ReviewMeeting meeting;
        meeting.communeId = r.commune(inside);
        meeting.heldOn = QDate(2019, 6, 3);
        r.meeting[i] = ReviewService(db).addMeeting(meeting).value();
        ReviewAction a;
        a.communeId = r.commune(inside);
        a.meetingId = r.meeting[i];
        a.what = QStringLiteral("Rà soát tiêu chí 1");
        a.memberId = r.leader[i];
        a.dueOn = QDate(2019, 6, 10);
        r.action[i] = ActionService(db).addAction(a).value();
    }
    return r;
}

template <typename T> Status statusOf(const Result<T>& r)
{
    return r ? Status() : Status(r.error());
}

struct WriteCase
{
    const char* name;
    bool provincial; ///< the province's reference data: administrators only, wherever
    std::function<Status(Database&, const Records&, bool inside)> write;
};

QList<WriteCase> writes()
{
    return {
        {"add a working group", false,
         [](Database& db, const Records& r, bool in) {
             WorkingGroup g;
             g.communeId = r.commune(in);
             g.name = QStringLiteral("Đoàn công tác số 2");
             g.validFrom = QDate(2016, 1, 18);
             return statusOf(WorkingGroupService(db).addGroup(g));
         }},
        {"edit a working group", false,
         [](Database& db, const Records& r, bool in) {
             WorkingGroup g = *WorkingGroupStore(db).group(r.group[Records::at(in)]).value();
             g.decisionNo = QStringLiteral("12-QĐ/ĐU");
             return WorkingGroupService(db).updateGroup(g);
         }},
        {"add a member", false,
         [](Database& db, const Records& r, bool in) {
             GroupMember m;
             m.groupId = r.group[Records::at(in)];
             m.communeId = r.commune(in);
             m.fullName = QStringLiteral("Trần Thị Bình");
             m.validFrom = QDate(2017, 1, 1);
             return statusOf(WorkingGroupService(db).addMember(m));
         }},
        {"replace a member", false,
         [](Database& db, const Records& r, bool in) {
             GroupMember next;
             next.fullName = QStringLiteral("Lê Văn Cường");
             const auto plan = MemberReplacementService(db).plan(r.leader[Records::at(in)], QDate(2017, 7, 1), next);
             return plan ? MemberReplacementService(db).apply(plan.value()) : Status(plan.error());
         }},
        {"give a village to a member", false,
         [](Database& db, const Records& r, bool in) {
             VillageResponsibility v;
             v.communeId = r.commune(in);
             v.villageId = r.village[Records::at(in)];
             v.groupId = r.group[Records::at(in)];
             v.memberId = r.leader[Records::at(in)];
             v.validFrom = QDate(2016, 1, 18);
             return statusOf(WorkingGroupService(db).addResponsibility(v));
         }},
        {"add an action", false,
         [](Database& db, const Records& r, bool in) {
             ReviewAction a;
             a.communeId = r.commune(in);
             a.meetingId = r.meeting[Records::at(in)];
             a.what = QStringLiteral("Hoàn thiện hồ sơ");
             a.responsible = QStringLiteral("Trần Thị Bình");
             a.criterionId = r.criterion;
             a.dueOn = QDate(2019, 6, 17);
             return statusOf(ActionService(db).addAction(a));
         }},
        {"close an action", false,
         [](Database& db, const Records& r, bool in) {
             ReviewAction a = *ActionStore(db).action(r.action[Records::at(in)]).value();
             a.outcome = ActionOutcome::Done;
             a.closedOn = QDate(2019, 6, 12);
             return ActionService(db).updateAction(a);
         }},
        {"plan a criterion", false,
         [](Database& db, const Records& r, bool in) {
             CriterionPlan p;
             p.communeId = r.commune(in);
             p.criterionId = r.criterion;
             p.targetDate = QDate(2021, 12, 31);
             return statusOf(CriterionPlanService(db).addPlan(p));
         }},
        {"recognise a model residential area", false,
         [](Database& db, const Records& r, bool in) {
             VillageModelArea a;
             a.communeId = r.commune(in);
             a.villageId = r.village[Records::at(in)];
             a.decidedOn = QDate(2018, 9, 5);
             return statusOf(VillageProgressService(db).addModelArea(a));
         }},
        {"count model gardens", false,
         [](Database& db, const Records& r, bool in) {
             VillageGardenCount g;
             g.communeId = r.commune(in);
             g.villageId = r.village[Records::at(in)];
             g.countedOn = QDate(2018, 12, 31);
             g.gardens = 14;
             return statusOf(VillageProgressService(db).addGardenCount(g));
         }},
        {"merge villages", false,
         [](Database& db, const Records& r, bool in) {
             const auto plan = VillageChangeService(db).plan(
                 r.commune(in), {r.village[Records::at(in)], r.village2[Records::at(in)]}, QStringLiteral("Thôn Mới"),
                 QDate(2020, 1, 1), QStringLiteral("merge"), {}, {});
             return plan ? VillageChangeService(db).apply(plan.value()) : Status(plan.error());
         }},
        {"record a village rule", true,
         [](Database& db, const Records& r, bool) {
             VillageCriterionRule rule;
             rule.provinceId = r.f.province;
             rule.criterionId = r.criterion;
             rule.measure = VillageMeasure::ModelGardens;
             return statusOf(VillageProgressService(db).addRule(rule));
         }},
    };
}

QList<qint64> counts(Database& db)
{
    QList<qint64> out;
    for (const char* table : {"working_group", "working_group_member", "village_responsibility", "review_action",
                              "criterion_plan", "village_model_area", "village_model_garden", "village_lineage",
                              "village", "village_criterion_rule", "audit_log"}) {
        out.append(
            sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value().toLongLong());
    }
    out.append(sql::scalar(db.sql(), QStringLiteral("SELECT COALESCE(SUM(row_version), 0) FROM review_action"))
                   .value()
                   .toLongLong());
    out.append(sql::scalar(db.sql(), QStringLiteral("SELECT COALESCE(SUM(row_version), 0) FROM working_group"))
                   .value()
                   .toLongLong());
    return out;
}

Actor actor(const char* name, std::optional<Role> role, const QString& district, const QString& commune)
{
    Actor a;
    a.userId = QStringLiteral("id-") + QLatin1String(name);
    a.username = QLatin1String(name);
    a.role = role;
    a.districtId = district;
    a.communeId = commune;
    return a;
}
} // namespace

TEST_CASE("Scopes: a commune leader writes their commune's groups, actions and villages, and nothing else",
          "[access][scope][groups]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("scope.ntm")));
    const Records records = makeRecords(*db);
    struct RoleCase
    {
        Actor actor;
        QString words; ///< what a refusal must say
    };
    const QList<RoleCase> roles{
        {actor("hoa", Role::Admin, {}, {}), QString()},
        {actor("thu", Role::CommuneLeader, {}, records.f.communeA1), QStringLiteral("commune leader of Xã An Hòa")},
        {actor("nam", Role::Personnel, records.f.districtA, {}), QStringLiteral("district personnel officer")},
        {actor("lan", Role::Reviewer, {}, {}), QStringLiteral("provincial reviewer")},
    };
    int allowed = 0;
    int refused = 0;
    for (const RoleCase& role : roles) {
        for (const WriteCase& w : writes()) {
            for (const bool inside : {true, false}) {
                if (w.provincial && !inside) {
                    continue;
                }
                const bool expected =
                    role.actor.isAdmin() || (role.actor.role == Role::CommuneLeader && inside && !w.provincial);
                INFO(role.actor.username.toStdString()
                     << (expected ? " may " : " may not ") << w.name << (inside ? " in An Hòa" : " in Bình Minh"));
                REQUIRE(db->begin().ok());
                db->setActor(role.actor);
                const QList<qint64> before = counts(*db);
                const Status s = w.write(*db, records, inside);
                const QList<qint64> after = counts(*db);
                db->setActor(Actor::owner(QStringLiteral("owner")));
                db->rollback();
                if (expected) {
                    CAPTURE((s ? QString() : s.error().message));
                    CHECK(s.ok());
                    CHECK(before != after);
                    ++allowed;
                    continue;
                }
                REQUIRE_FALSE(s.ok());
                CAPTURE(s.error().message);
                CHECK(s.error().kind == ErrorKind::Denied);
                CHECK(s.error().message.startsWith(QStringLiteral("Refused")));
                CHECK(s.error().message.contains(role.words));
                if (role.actor.role == Role::CommuneLeader && !w.provincial) {
                    CHECK(s.error().message.contains(QStringLiteral("Bình Minh"))); // where the record lies
                }
                CHECK(before == after);
                ++refused;
            }
        }
    }
    // 4 roles × (11 commune writes × 2 places + 1 provincial write).
    CHECK(allowed + refused == 4 * (11 * 2 + 1));
    CHECK(allowed == (11 * 2 + 1) + 11); // the administrator everything; the leader their commune's 11
}
