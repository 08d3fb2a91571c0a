// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "db/Sql.h"
#include "service/AssessmentService.h"
#include "service/OfficialService.h"
#include "service/RotationService.h"
#include "store/AuditLog.h"
#include "store/CriteriaStore.h"
#include "store/OfficialStore.h"
#include "store/RotationStore.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
int count(Database& db, const char* table)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value().toInt();
}

QString addOfficial(Database& db, const QString& name)
{
    Official o;
    o.fullName = name;
    o.birthDate = QDate(1980, 5, 4);
    const auto id = OfficialService(db).create(o);
    REQUIRE(id.ok());
    return id.value();
}

Rotation rotationFor(const QString& official, const QString& commune)
{
    Rotation r;
    r.officialId = official;
    r.kind = RotationKind::LuanChuyen;
    r.decisionNo = QStringLiteral("12-QĐ/HU");
    r.decisionDate = QDate(2016, 2, 20);
    r.issuingBody = QStringLiteral("Ban Thường vụ Huyện ủy An Phú");
    r.communeId = commune;
    r.toPosition = QStringLiteral("Chủ tịch UBND xã");
    r.startDate = QDate(2016, 3, 1);
    r.plannedEnd = QDate(2019, 2, 28);
    return r;
}
} // namespace

TEST_CASE("Creating a rotation stores it with an audit entry", "[service][rotation]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    const Fixture f = makeFixture(*db);
    const QString official = addOfficial(*db, QStringLiteral("Bùi Ngọc Nhật"));
    RotationService service(*db);
    const auto id = service.create(rotationFor(official, f.communeB1), Warnings::Refuse);
    REQUIRE(id.ok());
    const auto history = AuditLog(*db).historyOf(QStringLiteral("rotation"), id.value());
    REQUIRE(history.value().size() == 1);
    CHECK(history.value().constFirst().action == QStringLiteral("insert"));
    CHECK(history.value().constFirst().afterJson.contains(QStringLiteral("12-QĐ/HU")));
}

TEST_CASE("A refused rotation leaves the database as it was", "[service][rotation]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    const Fixture f = makeFixture(*db);
    const QString official = addOfficial(*db, QStringLiteral("Bùi Ngọc Nhật"));
    RotationService service(*db);
    REQUIRE(service.create(rotationFor(official, f.communeB1), Warnings::Refuse).ok());
    const int rotations = count(*db, "rotation");
    const int audits = count(*db, "audit_log");

    Rotation overlapping = rotationFor(official, f.communeA1);
    overlapping.decisionNo = QStringLiteral("13-QĐ/HU");
    const auto refused = service.create(overlapping, Warnings::Accept);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("start_date"));
    CHECK(refused.error().message.contains(QStringLiteral("Bình Minh")));

    Rotation sameDecision = rotationFor(addOfficial(*db, QStringLiteral("Phạm Tiến Nam")), f.communeA1);
    const auto duplicate = service.create(sameDecision, Warnings::Accept);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QStringLiteral("decision_no"));
    CHECK(count(*db, "rotation") == rotations);
    CHECK(count(*db, "audit_log") == audits + 1); // only the second official's creation
}

TEST_CASE("Warnings refuse the save until the user accepts them", "[service][rotation]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    const Fixture f = makeFixture(*db);
    Rotation shortTerm = rotationFor(addOfficial(*db, QStringLiteral("Lê Văn Hùng")), f.communeB1);
    shortTerm.plannedEnd = QDate(2017, 2, 28);
    RotationService service(*db);
    const auto issues = service.check(shortTerm);
    REQUIRE(issues.value().size() == 1);
    CHECK_FALSE(service.create(shortTerm, Warnings::Refuse).ok());
    CHECK(count(*db, "rotation") == 0);
    CHECK(service.create(shortTerm, Warnings::Accept).ok());
    CHECK(count(*db, "rotation") == 1);
}

TEST_CASE("Ending, editing and deleting rotations, with stale edits refused", "[service][rotation]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    const Fixture f = makeFixture(*db);
    RotationService service(*db);
    const auto id =
        service.create(rotationFor(addOfficial(*db, QStringLiteral("Lê Văn Hùng")), f.communeB1), Warnings::Refuse);
    REQUIRE(id.ok());
    Rotation stored = *RotationStore(*db).get(id.value()).value();
    REQUIRE(service
                .end(id.value(),
                     {QDate(2019, 2, 28), EndReason::Completed, Evaluation::Tot,
                      QStringLiteral("Trưởng phòng Nông nghiệp")},
                     stored.rowVersion, Warnings::Refuse)
                .ok());
    const Rotation ended = *RotationStore(*db).get(id.value()).value();
    CHECK(ended.actualEnd == QDate(2019, 2, 28));
    CHECK(ended.evaluation == Evaluation::Tot);
    CHECK(ended.rowVersion == stored.rowVersion + 1);

    stored.toPosition = QStringLiteral("Bí thư Đảng ủy xã"); // edit made from the stale copy
    const Status stale = service.update(stored, Warnings::Accept);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(QStringLiteral("changed or deleted by someone else")));

    REQUIRE(service.remove(id.value()).ok());
    CHECK(count(*db, "rotation") == 0);
    const auto history = AuditLog(*db).historyOf(QStringLiteral("rotation"), id.value());
    REQUIRE(history.value().size() == 3);
    CHECK(history.value().at(1).beforeJson.contains(QStringLiteral("\"actual_end\":null")));
    CHECK(history.value().at(2).action == QStringLiteral("delete"));
}

TEST_CASE("An official cannot be deleted while rotations refer to them", "[service][official]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    const Fixture f = makeFixture(*db);
    const QString official = addOfficial(*db, QStringLiteral("Bùi Ngọc Nhật"));
    REQUIRE(RotationService(*db).create(rotationFor(official, f.communeB1), Warnings::Refuse).ok());
    const Status refused = OfficialService(*db).remove(official);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Bùi Ngọc Nhật cannot be deleted")));
    CHECK(count(*db, "official") == 1);
    const QString free = addOfficial(*db, QStringLiteral("Phạm Tiến Nam"));
    CHECK(OfficialService(*db).remove(free).ok());
    CHECK(count(*db, "official") == 1);
}

TEST_CASE("Official rules: a name, a plausible birth date", "[service][official]")
{
    const QDate today(2026, 11, 29);
    Official o;
    CHECK(OfficialService::check(o, today).constFirst().field == QStringLiteral("full_name"));
    o.fullName = QStringLiteral("Lê Văn Hùng");
    o.birthDate = QDate(2027, 1, 1);
    CHECK(OfficialService::check(o, today).constFirst().isError());
    o.birthDate = QDate(2010, 1, 1);
    CHECK(OfficialService::check(o, today).constFirst().message.contains(QStringLiteral("under 18")));
    o.birthDate = QDate(1950, 1, 1);
    CHECK_FALSE(OfficialService::check(o, today).constFirst().isError());
    o.birthDate = QDate(1980, 1, 1);
    CHECK(OfficialService::check(o, today).isEmpty());
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    Official bad;
    const auto r = OfficialService(*db).create(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(count(*db, "official") == 0);
}

TEST_CASE("Assessments: refused in the future, before the set applies, with values of the wrong kind",
          "[service][assessment]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a.ntm")));
    const Fixture f = makeFixture(*db);
    const auto sets = CriteriaStore(*db).sets().value();
    const CriteriaSet* newSet = nullptr;
    const CriteriaSet* oldSet = nullptr;
    for (const CriteriaSet& s : sets) {
        if (s.id == f.setNew) {
            newSet = &s;
        }
        if (s.id == f.setOld) {
            oldSet = &s;
        }
    }
    REQUIRE(newSet);
    AssessmentService service(*db);
    auto input = [](const Criterion& c, CriterionStatus s, const QString& value = {}) {
        AssessmentInput in;
        in.criterionId = c.id;
        in.status = s;
        if (!value.isNull()) {
            in.values.append({c.indicators.constFirst().id, value, std::nullopt});
        }
        return in;
    };
    // A criterion of T-NEW on a date when T-OLD is in force.
    auto early = service.record(f.communeA1, QDate(2015, 6, 1), {input(newSet->criteria.at(0), CriterionStatus::Met)});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("T-OLD")));
    auto future = service.record(f.communeA1, QDate::currentDate().addDays(3),
                                 {input(newSet->criteria.at(0), CriterionStatus::Met)});
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().field == QStringLiteral("date"));
    // One bad value among good inputs: nothing is saved.
    auto wrongKind = service.record(f.communeA1, QDate(2017, 6, 1),
                                    {input(newSet->criteria.at(0), CriterionStatus::Met, QStringLiteral("85,5")),
                                     input(newSet->criteria.at(1), CriterionStatus::Met, QStringLiteral("-2"))});
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(wrongKind.error().message.contains(QStringLiteral("Indicator 2.1")));
    CHECK(count(*db, "assessment") == 0);
    auto percent = service.record(f.communeA1, QDate(2017, 6, 1),
                                  {input(newSet->criteria.at(0), CriterionStatus::Met, QStringLiteral("120%"))});
    REQUIRE_FALSE(percent.ok());
    auto ok = service.record(f.communeA1, QDate(2017, 6, 1),
                             {input(newSet->criteria.at(0), CriterionStatus::Met, QStringLiteral("85,5%")),
                              input(newSet->criteria.at(2), CriterionStatus::BasicallyMet, QStringLiteral("có"))});
    REQUIRE(ok.ok());
    CHECK(count(*db, "assessment") == 2);
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT value_number FROM indicator_value WHERE value_text = '85,5%'"))
              .value()
              .toDouble() == Approx(85.5));
    // One entry per assessment (on a server the triggers also record the fixture's rows and the indicator values).
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'assessment'"))
              .value()
              .toInt() == 2);
    // A merged-away commune cannot be assessed after it ended.
    auto gone = service.record(f.communeA2, QDate(2021, 1, 1), {input(newSet->criteria.at(0), CriterionStatus::Met)});
    REQUIRE_FALSE(gone.ok());
    Q_UNUSED(oldSet);
}
