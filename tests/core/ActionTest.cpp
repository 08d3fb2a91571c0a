// SPDX-License-Identifier: GPL-3.0-or-later
// The actions of review meetings (issue 20): open, overdue, done (late) and not done by date, what a meeting opens
// with, the plans' standing, and the rules ActionService checks.
#include "TestSupport.h"

#include "service/ActionService.h"
#include "service/ReviewService.h"
#include "service/followup/FollowUpFigures.h"
#include "store/CriteriaStore.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
ReviewAction action(const QString& id, const QDate& decided, const QDate& due,
                    std::optional<ActionOutcome> outcome = {}, const QDate& closed = {})
{
    ReviewAction a;
    a.id = id;
    a.meetingId = QStringLiteral("m-") + decided.toString(Qt::ISODate);
    a.decidedOn = decided;
    a.dueOn = due;
    a.outcome = outcome;
    a.closedOn = closed;
    a.what = QStringLiteral("Việc ") + id;
    a.responsible = id == QLatin1String("a4") ? QStringLiteral("Trần Thị Bình") : QStringLiteral("Nguyễn Văn An");
    a.personKey = QStringLiteral("n:") + a.responsible;
    a.criterionId = id == QLatin1String("a3") ? QStringLiteral("c17") : QStringLiteral("c2");
    return a;
}

/// Four actions of three weekly meetings, each a different fate (hand-made, so every count is known).
FollowUpData fourActions()
{
    FollowUpData d;
    d.actions = {
        action(QStringLiteral("a1"), QDate(2017, 1, 2), QDate(2017, 1, 9), ActionOutcome::Done, QDate(2017, 1, 8)),
        action(QStringLiteral("a2"), QDate(2017, 1, 2), QDate(2017, 1, 9), ActionOutcome::Done, QDate(2017, 1, 20)),
        action(QStringLiteral("a3"), QDate(2017, 1, 9), QDate(2017, 1, 16), ActionOutcome::NotDone, QDate(2017, 1, 23)),
        action(QStringLiteral("a4"), QDate(2017, 1, 16), QDate(2017, 1, 30))};
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

ActionCounts counts(int open, int overdue, int done, int late, int notDone)
{
    ActionCounts c;
    c.open = open;
    c.overdue = overdue;
    c.done = done;
    c.doneLate = late;
    c.notDone = notDone;
    return c;
}
} // namespace

TEST_CASE("Actions: open, overdue, done late and not done depend on the date", "[actions]")
{
    const FollowUpData d = fourActions();
    CHECK(FollowUpFigures::actionCounts(d.actions, QDate(2017, 1, 1)) == counts(0, 0, 0, 0, 0));
    CHECK(FollowUpFigures::actionCounts(d.actions, QDate(2017, 1, 5)) == counts(2, 0, 0, 0, 0));
    CHECK(FollowUpFigures::actionCounts(d.actions, QDate(2017, 1, 10)) == counts(2, 1, 1, 0, 0));
    CHECK(FollowUpFigures::actionCounts(d.actions, QDate(2017, 1, 17)) == counts(3, 2, 1, 0, 0));
    CHECK(FollowUpFigures::actionCounts(d.actions, QDate(2017, 1, 25)) == counts(1, 0, 2, 1, 1));
    CHECK(FollowUpFigures::actionCounts(d.actions, QDate(2017, 2, 1)) == counts(1, 1, 2, 1, 1));
    CHECK(d.actions.at(1).stateOn(QDate(2017, 1, 19)) == ActionState::Overdue);
    CHECK(d.actions.at(1).stateOn(QDate(2017, 1, 20)) == ActionState::Done);
    CHECK(d.actions.at(3).stateOn(QDate(2017, 1, 30)) == ActionState::Open); // due that day: not yet overdue
}

TEST_CASE("Actions: a meeting opens with the actions due or overdue at it", "[actions]")
{
    const FollowUpData d = fourActions();
    QStringList due;
    for (const ReviewAction& a : FollowUpFigures::dueAt(d, QDate(2017, 1, 16))) {
        due.append(a.id);
    }
    // a1 was done before the meeting, a4 is decided at it; a2 is overdue, a3 due that day.
    CHECK(due == QStringList{QStringLiteral("a2"), QStringLiteral("a3")});
    CHECK(FollowUpFigures::dueAt(d, QDate(2017, 1, 9)).size() == 1); // a2 is due that day, a1 was done the day before
    CHECK(FollowUpFigures::dueAt(d, QDate(2017, 2, 6)).size() == 1); // only a4 is left, overdue
}

TEST_CASE("Actions: counted per criterion and per person", "[actions]")
{
    const FollowUpData d = fourActions();
    const QList<ActionTally> criteria = FollowUpFigures::byCriterion(d, QDate(2017, 1, 17));
    REQUIRE(criteria.size() == 2);
    CHECK(criteria.at(0).label == QStringLiteral("2. Giao thông"));
    CHECK(criteria.at(0).counts == counts(2, 1, 1, 0, 0));
    CHECK(criteria.at(1).number == 17);
    CHECK(criteria.at(1).counts == counts(1, 1, 0, 0, 0));
    const QList<ActionTally> people = FollowUpFigures::byPerson(d, QDate(2017, 1, 17));
    REQUIRE(people.size() == 2);
    CHECK(people.at(0).label == QStringLiteral("Nguyễn Văn An")); // sorted by given name: An before Bình
    CHECK(people.at(0).counts == counts(2, 2, 1, 0, 0));
    CHECK(people.at(1).counts == counts(1, 0, 0, 0, 0));
}

TEST_CASE("Actions: a criterion's plan is on track, at risk, late, met or missing", "[actions][plans]")
{
    FollowUpData d = fourActions();
    d.plans = {{QStringLiteral("p2"), QString(), QStringLiteral("c2"), QDate(2017, 6, 30), QString(), 1},
               {QStringLiteral("p17"), QString(), QStringLiteral("c17"), QDate(2017, 1, 15), QString(), 1}};
    d.criteria.insert(QStringLiteral("c1"), {QStringLiteral("c1"),
                                             QStringLiteral("s"),
                                             QStringLiteral("S"),
                                             QStringLiteral("vn"),
                                             1,
                                             QStringLiteral("Quy hoạch"),
                                             {}});
    d.criteria.insert(QStringLiteral("c3"), {QStringLiteral("c3"),
                                             QStringLiteral("s"),
                                             QStringLiteral("S"),
                                             QStringLiteral("vn"),
                                             3,
                                             QStringLiteral("Thủy lợi"),
                                             {}});
    CommuneProgress p;
    p.asOf = QDate(2017, 1, 17);
    for (const auto& [id, number, status] :
         {std::tuple{"c1", 1, CriterionStatus::Met}, std::tuple{"c2", 2, CriterionStatus::NotMet},
          std::tuple{"c3", 3, CriterionStatus::NotMet}, std::tuple{"c17", 17, CriterionStatus::BasicallyMet}}) {
        CriterionState s;
        s.criterionId = QString::fromLatin1(id);
        s.number = number;
        s.status = status;
        p.criteria.append(s);
    }
    const QList<PlanRow> rows = FollowUpFigures::plans(d, p);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).standing == PlanStanding::Met);
    CHECK(rows.at(1).standing == PlanStanding::AtRisk); // target ahead, a2 overdue
    CHECK(rows.at(1).actions.open == 2);
    CHECK(rows.at(1).actions.overdue == 1);
    CHECK(rows.at(2).standing == PlanStanding::NoPlan);
    CHECK(rows.at(3).standing == PlanStanding::Late); // target 15/01/2017 passed, not met
    p.asOf = QDate(2017, 1, 5);
    CHECK(FollowUpFigures::plans(d, p).at(1).standing == PlanStanding::OnTrack);
}

TEST_CASE("Actions: the rules refuse what cannot be so, and a meeting with actions is not deleted", "[actions]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("actions.ntm")));
    const Fixture f = makeFixture(*db);
    ReviewMeeting m;
    m.communeId = f.communeA1;
    m.heldOn = QDate(2019, 6, 3);
    m.chair = QStringLiteral("Bí thư");
    const QString meeting = ReviewService(*db).addMeeting(m).value();
    ReviewAction a;
    a.communeId = f.communeA1;
    a.meetingId = meeting;
    a.what = QStringLiteral("Hoàn thiện hồ sơ tiêu chí 1");
    a.responsible = QStringLiteral("Nguyễn Văn An");
    a.criterionId = CriteriaStore(*db).sets().value().at(1).criterionByNumber(1)->id;
    a.dueOn = QDate(2019, 6, 1);
    auto refused = [&](const ReviewAction& x, const char* field) {
        const auto r = ActionService(*db).addAction(x);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QLatin1String(field));
        return r.error().message;
    };
    CHECK(refused(a, "due_on").contains(QStringLiteral("before the meeting")));
    a.dueOn = QDate(2019, 6, 10);
    a.outcome = ActionOutcome::Done;
    CHECK(refused(a, "closed_on").contains(QStringLiteral("Enter the date")));
    a.closedOn = QDate::currentDate().addDays(3);
    CHECK(refused(a, "closed_on").contains(QStringLiteral("in the future")));
    a.closedOn = QDate(2019, 5, 1);
    CHECK(refused(a, "closed_on").contains(QStringLiteral("before the meeting")));
    a.closedOn = QDate(2019, 6, 12);
    a.what.clear();
    refused(a, "what");
    a.what = QStringLiteral("Hoàn thiện hồ sơ tiêu chí 1");
    a.communeId = f.communeB1; // the meeting is An Hòa's
    refused(a, "meeting");
    a.communeId = f.communeA1;
    const auto added = ActionService(*db).addAction(a);
    REQUIRE(added.ok());
    const Status removed = ReviewService(*db).removeMeeting(meeting);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("delete them first")));
    REQUIRE(ActionService(*db).removeAction(added.value()).ok());
    CHECK(ReviewService(*db).removeMeeting(meeting).ok());
}
