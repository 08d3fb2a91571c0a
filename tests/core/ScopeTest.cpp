// SPDX-License-Identifier: GPL-3.0-or-later
// Roles and scopes, table-driven: every role tries every kind of write inside and outside its scope. Allowed
// writes succeed; refused ones fail with a message naming the user, the role and the scope, and change nothing
// (not even the audit log).
#include "TestSupport.h"

#include "access/AccessGuard.h"
#include "access/AccessPolicy.h"
#include "access/AccountService.h"
#include "criteria/CriteriaImporter.h"
#include "db/Sql.h"
#include "service/AssessmentService.h"
#include "service/CommuneSettingsService.h"
#include "service/OfficialService.h"
#include "service/ReviewService.h"
#include "service/RotationService.h"
#include "store/CriteriaStore.h"
#include "store/OfficialStore.h"
#include "store/ReviewStore.h"
#include "store/RotationStore.h"

#include <functional>

using namespace ntm::core;
using namespace ntm::test;

namespace {
/// The records the writes work on: one of each in district A / commune A1 (inside the scopes tested) and one in
/// district B / commune B1 (outside).
struct Records
{
    Fixture f;
    QString official[2];      ///< with a rotation
    QString spareOfficial[2]; ///< without rotations, so deleting is allowed by the rules
    QString rotation[2];
    QString assessment[2];
    QString meeting[2];
    QString village[2];
    QString criterionId; ///< criterion 1 of T-NEW, in force in 2020

    QString district(bool inside) const { return inside ? f.districtA : f.districtB; }
    QString commune(bool inside) const { return inside ? f.communeA1 : f.communeB1; }
    static int at(bool inside) { return inside ? 0 : 1; }
};

Official officialIn(const QString& district, const QString& name)
{
    Official o;
    o.fullName = name;
    o.birthDate = QDate(1980, 5, 4);
    o.homeDistrictId = district;
    return o;
}

Rotation rotationOf(const QString& official, const QString& commune, const QString& decision, const QDate& start)
{
    Rotation r;
    r.officialId = official;
    r.kind = RotationKind::LuanChuyen;
    r.decisionNo = decision;
    r.decisionDate = start.addDays(-10);
    r.issuingBody = QStringLiteral("Ban Thường vụ Huyện ủy");
    r.communeId = commune;
    r.toPosition = QStringLiteral("Phó Bí thư Đảng ủy xã");
    r.startDate = start;
    r.plannedEnd = start.addYears(3).addDays(-1);
    return r;
}

Records makeRecords(Database& db)
{
    Records r;
    r.f = makeFixture(db);
    r.criterionId = CriteriaStore(db).sets().value().at(1).criterionByNumber(1)->id;
    for (const bool inside : {true, false}) {
        const int i = Records::at(inside);
        r.official[i] =
            OfficialService(db).create(officialIn(r.district(inside), QStringLiteral("Cán bộ %1").arg(i))).value();
        r.spareOfficial[i] =
            OfficialService(db).create(officialIn(r.district(inside), QStringLiteral("Dự bị %1").arg(i))).value();
        r.rotation[i] = RotationService(db)
                            .create(rotationOf(r.official[i], r.commune(inside), QStringLiteral("%1-QĐ/HU").arg(10 + i),
                                               QDate(2016, 3, 1)),
                                    Warnings::Accept)
                            .value();
        AssessmentInput in;
        in.criterionId = r.criterionId;
        in.status = CriterionStatus::Met;
        r.assessment[i] = AssessmentService(db).record(r.commune(inside), QDate(2019, 5, 1), {in}).value().constFirst();
        ReviewMeeting m;
        m.communeId = r.commune(inside);
        m.heldOn = QDate(2019, 6, 3);
        m.chair = QStringLiteral("Bí thư");
        r.meeting[i] = ReviewService(db).addMeeting(m).value();
        Village v;
        v.communeId = r.commune(inside);
        v.name = QStringLiteral("Thôn %1").arg(i + 1);
        r.village[i] = ReviewService(db).addVillage(v).value();
    }
    return r;
}

using Write = std::function<Status(Database&, const Records&, bool inside)>;

template <typename T> Status statusOf(const Result<T>& r)
{
    return r ? Status() : Status(r.error());
}

struct WriteCase
{
    const char* name;
    RecordKind kind;
    bool scoped; ///< false: the write concerns no district or commune (inside = outside)
    Write write;
};

QList<WriteCase> writes()
{
    return {
        {"create an official", RecordKind::Official, true,
         [](Database& db, const Records& r, bool in) {
             return statusOf(OfficialService(db).create(officialIn(r.district(in), QStringLiteral("Mới"))));
         }},
        {"edit an official", RecordKind::Official, true,
         [](Database& db, const Records& r, bool in) {
             Official o = *OfficialStore(db).get(r.official[Records::at(in)]).value();
             o.phone = QStringLiteral("0912 345 678");
             return OfficialService(db).update(o);
         }},
        {"delete an official", RecordKind::Official, true,
         [](Database& db, const Records& r, bool in) {
             return OfficialService(db).remove(r.spareOfficial[Records::at(in)]);
         }},
        {"create a rotation", RecordKind::Rotation, true,
         [](Database& db, const Records& r, bool in) {
             return statusOf(RotationService(db).create(
                 rotationOf(r.official[Records::at(in)], r.commune(in), QStringLiteral("99-QĐ/HU"), QDate(2020, 3, 1)),
                 Warnings::Accept));
         }},
        {"edit a rotation", RecordKind::Rotation, true,
         [](Database& db, const Records& r, bool in) {
             Rotation x = *RotationStore(db).get(r.rotation[Records::at(in)]).value();
             x.note = QStringLiteral("Ghi chú");
             return RotationService(db).update(x, Warnings::Accept);
         }},
        {"end a rotation", RecordKind::Rotation, true,
         [](Database& db, const Records& r, bool in) {
             const Rotation x = *RotationStore(db).get(r.rotation[Records::at(in)]).value();
             return RotationService(db).end(x.id, RotationEnd{QDate(2019, 2, 28), EndReason::Completed, {}, {}},
                                            x.rowVersion, Warnings::Accept);
         }},
        {"delete a rotation", RecordKind::Rotation, true,
         [](Database& db, const Records& r, bool in) {
             return RotationService(db).remove(r.rotation[Records::at(in)]);
         }},
        {"record an assessment", RecordKind::Assessment, true,
         [](Database& db, const Records& r, bool in) {
             AssessmentInput a;
             a.criterionId = r.criterionId;
             a.status = CriterionStatus::NotMet;
             return statusOf(AssessmentService(db).record(r.commune(in), QDate(2020, 5, 1), {a}));
         }},
        {"take back an assessment", RecordKind::Assessment, true,
         [](Database& db, const Records& r, bool in) {
             return AssessmentService(db).retract({r.assessment[Records::at(in)]});
         }},
        {"add a review meeting", RecordKind::ReviewMeeting, true,
         [](Database& db, const Records& r, bool in) {
             ReviewMeeting m;
             m.communeId = r.commune(in);
             m.heldOn = QDate(2020, 1, 6);
             return statusOf(ReviewService(db).addMeeting(m));
         }},
        {"edit a review meeting", RecordKind::ReviewMeeting, true,
         [](Database& db, const Records& r, bool in) {
             const auto all = ReviewStore(db).meetings(r.commune(in)).value();
             ReviewMeeting m = all.constFirst();
             m.decisions = QStringLiteral("Hoàn thành tiêu chí 1");
             return ReviewService(db).updateMeeting(m);
         }},
        {"delete a review meeting", RecordKind::ReviewMeeting, true,
         [](Database& db, const Records& r, bool in) {
             return ReviewService(db).removeMeeting(r.meeting[Records::at(in)]);
         }},
        {"add a village", RecordKind::Village, true,
         [](Database& db, const Records& r, bool in) {
             Village v;
             v.communeId = r.commune(in);
             v.name = QStringLiteral("Thôn Mới");
             return statusOf(ReviewService(db).addVillage(v));
         }},
        {"edit a village", RecordKind::Village, true,
         [](Database& db, const Records& r, bool in) {
             Village v = ReviewStore(db).villages(r.commune(in)).value().constFirst();
             v.responsibleName = QStringLiteral("Trần Văn Bình");
             return ReviewService(db).updateVillage(v);
         }},
        {"delete a village", RecordKind::Village, true,
         [](Database& db, const Records& r, bool in) {
             return ReviewService(db).removeVillage(r.village[Records::at(in)]);
         }},
        {"set a target year", RecordKind::CommuneSettings, true,
         [](Database& db, const Records& r, bool in) {
             return CommuneSettingsService(db).setTargetYear(r.commune(in), 2027);
         }},
        {"record a recognition", RecordKind::CommuneSettings, true,
         [](Database& db, const Records& r, bool in) {
             Recognition x;
             x.communeId = r.commune(in);
             x.decisionNo = QStringLiteral("1234/QĐ-UBND");
             x.decidedOn = QDate(2020, 6, 1);
             return statusOf(CommuneSettingsService(db).addRecognition(x));
         }},
        {"import a criteria set", RecordKind::CriteriaSet, false,
         [](Database& db, const Records&, bool) {
             return statusOf(CriteriaImporter(db).import(
                 makeSet(QStringLiteral("T-X"), QStringLiteral("tx"), QDate(2030, 1, 1), 2)));
         }},
        {"create an account", RecordKind::User, false,
         [](Database& db, const Records&, bool) {
             NewAccount a;
             a.username = QStringLiteral("moi");
             a.role = Role::Admin;
             a.password = QStringLiteral("một-mật-khẩu");
             return statusOf(AccountService(db).create(a));
         }},
    };
}

struct RoleCase
{
    const char* name;
    Actor actor;
    QString scopeWords; ///< what a refusal must name
};

QList<RoleCase> roles(const Records& r)
{
    auto actor = [](const char* name, std::optional<Role> role, const QString& district, const QString& commune) {
        Actor a;
        a.userId = QStringLiteral("id-") + QLatin1String(name);
        a.username = QLatin1String(name);
        a.role = role;
        a.districtId = district;
        a.communeId = commune;
        return a;
    };
    return {
        {"administrator", actor("hoa", Role::Admin, {}, {}), QString()},
        {"personnel officer of district A", actor("nam", Role::Personnel, r.f.districtA, {}),
         QStringLiteral("district personnel officer of Huyện An Phú")},
        {"commune leader of A1", actor("thu", Role::CommuneLeader, {}, r.f.communeA1),
         QStringLiteral("commune leader of Xã An Hòa")},
        {"provincial reviewer", actor("lan", Role::Reviewer, {}, {}), QStringLiteral("provincial reviewer")},
        {"nobody signed in", Actor::nobody(), QStringLiteral("nobody is signed in")},
    };
}

bool expectedAllowed(const Actor& a, RecordKind kind, bool inside)
{
    if (!a.role) {
        return false;
    }
    switch (*a.role) {
    case Role::Admin:
        return true;
    case Role::Personnel:
        return inside && (kind == RecordKind::Official || kind == RecordKind::Rotation);
    case Role::CommuneLeader:
        return inside &&
               (kind == RecordKind::Assessment || kind == RecordKind::ReviewMeeting || kind == RecordKind::Village);
    case Role::Reviewer:
        break;
    }
    return false;
}

/// Row counts of every table a write above touches, and of the audit log.
QList<qint64> counts(Database& db)
{
    QList<qint64> out;
    for (const char* table : {"official", "rotation", "assessment", "review_meeting", "village", "recognition",
                              "criteria_set", "app_user", "audit_log"}) {
        out.append(
            sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value().toLongLong());
    }
    out.append(sql::scalar(db.sql(), QStringLiteral("SELECT coalesce(sum(row_version), 0) FROM official"))
                   .value()
                   .toLongLong());
    out.append(sql::scalar(db.sql(), QStringLiteral("SELECT coalesce(sum(row_version), 0) FROM rotation"))
                   .value()
                   .toLongLong());
    return out;
}
} // namespace

TEST_CASE("Each role may write what is its own and nothing else", "[access][scope]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("scope.ntm")));
    const Records records = makeRecords(*db);
    int allowed = 0;
    int refused = 0;
    for (const RoleCase& role : roles(records)) {
        for (const WriteCase& w : writes()) {
            for (const bool inside : {true, false}) {
                if (!w.scoped && !inside) {
                    continue;
                }
                // Plain loops, not sections: Catch would run the set-up again for every section.
                INFO(role.name << " may " << (expectedAllowed(role.actor, w.kind, inside) ? "" : "not ") << w.name
                               << (w.scoped ? (inside ? " inside its scope" : " outside its scope") : ""));
                {
                    // Each case runs in a transaction rolled back afterwards, so every case starts from the same
                    // records.
                    REQUIRE(db->begin().ok());
                    db->setActor(role.actor);
                    const QList<qint64> before = counts(*db);
                    const Status s = w.write(*db, records, inside);
                    const QList<qint64> after = counts(*db);
                    db->setActor(Actor::owner(QStringLiteral("owner")));
                    db->rollback();
                    if (expectedAllowed(role.actor, w.kind, inside)) {
                        CAPTURE((s ? QString() : s.error().message));
                        CHECK(s.ok());
                        CHECK(before != after);
                        ++allowed;
                    } else {
                        CHECK_FALSE(s.ok());
                        if (s.ok()) {
                            continue;
                        }
                        CAPTURE(s.error().message);
                        CHECK(s.error().kind == ErrorKind::Denied);
                        CHECK(s.error().message.startsWith(QStringLiteral("Refused")));
                        CHECK(s.error().message.contains(role.scopeWords));
                        if (role.actor.signedIn()) {
                            CHECK(s.error().message.contains(role.actor.username));
                        }
                        if (w.scoped && inside == false && AccessPolicy::mayWriteKind(role.actor, w.kind)) {
                            // Refused for where the record lies: the message names that place.
                            CHECK((s.error().message.contains(QStringLiteral("Bình Sơn")) ||
                                   s.error().message.contains(QStringLiteral("Bình Minh"))));
                        }
                        CHECK(before == after);
                        ++refused;
                    }
                }
            }
        }
    }
    // 5 roles × 17 scoped writes × 2 places + 2 unscoped writes.
    CHECK(allowed + refused == 5 * (17 * 2 + 2));
    CHECK(allowed == (17 * 2 + 2) + 7 + 8); // administrator: all; personnel: 7 kinds inside; leader: 8
}

TEST_CASE("A rotation's place is its commune's district on its start date, else its official's", "[access][scope]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("scope.ntm")));
    const Records r = makeRecords(*db);
    AccessGuard guard(*db);
    CHECK(guard.rotationPlace(r.f.communeB1, QDate(2016, 3, 1), r.official[0]).value().districtId == r.f.districtB);
    // From 1/7/2025 communes have no district: then the official's home district decides.
    CHECK(guard.rotationPlace(QString(), QDate(2026, 3, 1), r.official[0]).value().districtId == r.f.districtA);
}

TEST_CASE("The kinds of records map to the tables that hold them", "[access][scope]")
{
    CHECK(AccessPolicy::kindOfTable(QStringLiteral("rotation")) == RecordKind::Rotation);
    CHECK(AccessPolicy::kindOfTable(QStringLiteral("village")) == RecordKind::Village);
    CHECK(AccessPolicy::kindOfTable(QStringLiteral("app_user")) == RecordKind::User);
    CHECK(AccessPolicy::kindOfTable(QStringLiteral("exchange_base")) == std::nullopt);
    Actor leader;
    leader.role = Role::CommuneLeader;
    leader.communeId = QStringLiteral("c1");
    CHECK(AccessPolicy::mayWriteKind(leader, RecordKind::Assessment));
    CHECK_FALSE(AccessPolicy::mayWriteKind(leader, RecordKind::Rotation));
    CHECK_FALSE(AccessPolicy::mayWrite(leader, RecordKind::Assessment, RecordPlace{QString(), QStringLiteral("c2")}));
    Actor unscoped;
    unscoped.role = Role::Personnel; // a personnel officer without a district may write nothing
    CHECK_FALSE(AccessPolicy::mayWriteKind(unscoped, RecordKind::Official));
}
