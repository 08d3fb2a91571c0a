// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "service/RotationRules.h"

using namespace ntm::core;

namespace {
Rotation valid()
{
    Rotation r;
    r.id = QStringLiteral("r1");
    r.officialId = QStringLiteral("o1");
    r.kind = RotationKind::LuanChuyen;
    r.decisionNo = QStringLiteral("15-QĐ/HU");
    r.decisionDate = QDate(2016, 2, 20);
    r.issuingBody = QStringLiteral("Ban Thường vụ Huyện ủy Đức Thọ");
    r.communeId = QStringLiteral("c1");
    r.toPosition = QStringLiteral("Chủ tịch UBND xã");
    r.startDate = QDate(2016, 3, 1);
    r.plannedEnd = QDate(2019, 2, 28);
    return r;
}

struct Context
{
    Commune commune;
    RotationContext c;
    Context()
    {
        commune.id = QStringLiteral("c1");
        commune.validTo = QDate(2019, 12, 31);
        c.officialExists = true;
        c.commune = &commune;
        c.today = QDate(2026, 11, 29);
        c.officialNames.insert(QStringLiteral("o2"), QStringLiteral("Phạm Tiến Nam"));
        c.communeName = [](const QString&, const QDate&) { return QStringLiteral("Xã Đức Yên"); };
    }
};

QStringList fields(const Issues& issues, Issue::Severity severity)
{
    QStringList out;
    for (const Issue& i : issues) {
        if (i.severity == severity) {
            out.append(i.field);
        }
    }
    return out;
}
} // namespace

TEST_CASE("A complete, consistent rotation has no findings", "[rules][rotation]")
{
    Context ctx;
    CHECK(RotationRules::check(valid(), ctx.c).isEmpty());
}

TEST_CASE("Missing fields are errors on their field", "[rules][rotation]")
{
    Context ctx;
    Rotation r;
    const QStringList errors = fields(RotationRules::check(r, ctx.c), Issue::Severity::Error);
    for (const char* f :
         {"official", "decision_no", "decision_date", "issuing_body", "commune", "to_position", "start_date"}) {
        CHECK(errors.contains(QLatin1String(f)));
    }
}

TEST_CASE("Dates: decision not after start, ends not before start", "[rules][rotation]")
{
    Context ctx;
    Rotation r = valid();
    r.decisionDate = QDate(2016, 3, 2);
    r.plannedEnd = QDate(2016, 2, 1);
    r.actualEnd = QDate(2016, 2, 28);
    const Issues issues = RotationRules::check(r, ctx.c);
    const QStringList errors = fields(issues, Issue::Severity::Error);
    CHECK(errors.contains(QStringLiteral("decision_date")));
    CHECK(errors.contains(QStringLiteral("planned_end")));
    CHECK(errors.contains(QStringLiteral("actual_end")));
    CHECK(issues.constFirst().message.contains(QStringLiteral("02/03/2016")));
}

TEST_CASE("The commune must exist on the start date", "[rules][rotation]")
{
    Context ctx;
    Rotation r = valid();
    r.startDate = QDate(2020, 3, 1);
    r.decisionDate = QDate(2020, 2, 1);
    r.plannedEnd = QDate(2023, 2, 28);
    const Issues issues = RotationRules::check(r, ctx.c);
    REQUIRE(fields(issues, Issue::Severity::Error).contains(QStringLiteral("commune")));
}

TEST_CASE("Two rotations of one official may not overlap", "[rules][rotation]")
{
    Context ctx;
    Rotation other = valid();
    other.id = QStringLiteral("r0");
    other.decisionNo = QStringLiteral("9-QĐ/HU");
    other.startDate = QDate(2014, 1, 1);
    other.plannedEnd = QDate(2016, 3, 1); // shares one day with the new term
    ctx.c.sameOfficial = {other};
    CHECK(fields(RotationRules::check(valid(), ctx.c), Issue::Severity::Error).contains(QStringLiteral("start_date")));
    ctx.c.sameOfficial[0].plannedEnd = QDate(2016, 2, 29);
    CHECK(RotationRules::check(valid(), ctx.c).isEmpty());
    ctx.c.sameOfficial[0].plannedEnd = QDate(); // open-ended: overlaps anything after its start
    CHECK_FALSE(RotationRules::check(valid(), ctx.c).isEmpty());
}

TEST_CASE("A decision number is unique per issuing body", "[rules][rotation]")
{
    Context ctx;
    Rotation other = valid();
    other.id = QStringLiteral("r9");
    other.officialId = QStringLiteral("o2");
    ctx.c.sameDecision = {other};
    const Issues issues = RotationRules::check(valid(), ctx.c);
    REQUIRE(fields(issues, Issue::Severity::Error).contains(QStringLiteral("decision_no")));
    CHECK(issues.constFirst().message.contains(QStringLiteral("Phạm Tiến Nam")));
    CHECK(decisionKey(QStringLiteral("Ban Thường vụ Huyện ủy Đức Thọ"), QStringLiteral("15-QĐ/HU")) ==
          decisionKey(QStringLiteral("ban thuong vu  huyen uy duc tho"), QStringLiteral("15 - qđ/hu")));
    CHECK(decisionKey(QStringLiteral("Ban Thường vụ Huyện ủy Đức Thọ"), QStringLiteral("15-QĐ/HU")) !=
          decisionKey(QStringLiteral("Ban Thường vụ Huyện ủy Thạch Hà"), QStringLiteral("15-QĐ/HU")));
}

TEST_CASE("Warnings: short rotation, long secondment, one position held twice", "[rules][rotation]")
{
    Context ctx;
    Rotation shortTerm = valid();
    shortTerm.plannedEnd = QDate(2017, 2, 28);
    Issues issues = RotationRules::check(shortTerm, ctx.c);
    REQUIRE(issues.size() == 1);
    CHECK(issues.constFirst().severity == Issue::Severity::Warning);
    CHECK(issues.constFirst().message.contains(QStringLiteral("12 months")));
    CHECK(RotationRules::check(valid(), ctx.c).isEmpty()); // exactly 36 months is fine

    Rotation secondment = valid();
    secondment.kind = RotationKind::BietPhai;
    secondment.plannedEnd = QDate(2019, 12, 31);
    CHECK(fields(RotationRules::check(secondment, ctx.c), Issue::Severity::Warning) ==
          QStringList{QStringLiteral("planned_end")});

    Rotation holder = valid();
    holder.id = QStringLiteral("r2");
    holder.officialId = QStringLiteral("o2");
    holder.toPosition = QStringLiteral("chủ tịch UBND xã ");
    ctx.c.sameCommune = {holder};
    CHECK(fields(RotationRules::check(valid(), ctx.c), Issue::Severity::Warning) ==
          QStringList{QStringLiteral("to_position")});
}

TEST_CASE("An end reason needs an actual end, and a future end is a warning", "[rules][rotation]")
{
    Context ctx;
    Rotation r = valid();
    r.evaluation = Evaluation::Tot;
    CHECK(fields(RotationRules::check(r, ctx.c), Issue::Severity::Error).contains(QStringLiteral("actual_end")));
    r.actualEnd = QDate(2027, 1, 1);
    ctx.commune.validTo = QDate();
    r.plannedEnd = QDate(2027, 1, 1);
    CHECK(fields(RotationRules::check(r, ctx.c), Issue::Severity::Warning).contains(QStringLiteral("actual_end")));
}

TEST_CASE("The end reason proposed for a term fits its date", "[rules][rotation]")
{
    Rotation r = valid();
    r.startDate = QDate(2016, 3, 1);
    r.plannedEnd = QDate(2019, 2, 28);
    CHECK(RotationRules::likelyEndReason(r, QDate(2019, 2, 28)) == EndReason::Completed);
    CHECK(RotationRules::likelyEndReason(r, QDate(2019, 2, 1)) == EndReason::Completed);  // within a month
    CHECK(RotationRules::likelyEndReason(r, QDate(2019, 6, 30)) == EndReason::Completed); // served beyond it
    CHECK_FALSE(RotationRules::likelyEndReason(r, QDate(2016, 8, 31)).has_value());       // 30 months early
    r.plannedEnd = QDate();
    CHECK_FALSE(RotationRules::likelyEndReason(r, QDate(2019, 2, 28)).has_value());
}
