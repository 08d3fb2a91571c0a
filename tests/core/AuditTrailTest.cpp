// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail as the audit view reads it: who changed which record when, before and after, with filters.
#include "TestSupport.h"

#include "audit/AuditTrail.h"
#include "service/AssessmentService.h"
#include "service/OfficialService.h"
#include "service/ReviewService.h"
#include "store/CriteriaStore.h"
#include "store/OfficialStore.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
Actor named(const QString& name)
{
    Actor a = Actor::owner(name);
    a.localOwner = false;
    a.userId = QStringLiteral("id-") + name;
    return a;
}

QStringList labels(const QList<AuditEntry>& entries)
{
    QStringList out;
    for (const AuditEntry& e : entries) {
        out.append(e.actor + QLatin1Char(' ') + e.action + QLatin1Char(' ') + AuditTrail::recordLabel(e));
    }
    return out;
}

/// The entries of the test's own changes: on a server the triggers also record the fixture's rows, written through
/// the stores by the database's owner (on a file the stores write no entries).
QList<AuditEntry> without(const QList<AuditEntry>& entries, const QString& setupActor)
{
    QList<AuditEntry> out;
    for (const AuditEntry& e : entries) {
        if (e.actor != setupActor) {
            out.append(e);
        }
    }
    return out;
}
} // namespace

TEST_CASE("A record's history: who added, changed and deleted it, with before and after", "[audit]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a.ntm")));
    const Fixture f = makeFixture(*db);
    db->setActor(named(QStringLiteral("hoa")));
    Official o;
    o.fullName = QStringLiteral("Phạm Tiến Nam");
    o.homeDistrictId = f.districtA;
    o.birthDate = QDate(1985, 3, 2);
    const QString id = OfficialService(*db).create(o).value();
    db->setActor(named(QStringLiteral("nam")));
    Official edited = *OfficialStore(*db).get(id).value();
    edited.phone = QStringLiteral("0912 000 111");
    edited.birthDate = QDate(1985, 3, 12);
    REQUIRE(OfficialService(*db).update(edited).ok());
    REQUIRE(OfficialService(*db).remove(id).ok());

    const auto history = AuditTrail(*db).historyOf(QStringLiteral("official"), id);
    REQUIRE(history.ok());
    CHECK(labels(history.value()) == QStringList{QStringLiteral("hoa insert Phạm Tiến Nam"),
                                                 QStringLiteral("nam update Phạm Tiến Nam"),
                                                 QStringLiteral("nam delete Phạm Tiến Nam")});
    const QList<AuditChange> changed = AuditTrail::changes(history.value().at(1));
    REQUIRE(changed.size() == 2);
    CHECK(changed.at(0).field == QStringLiteral("birth_date"));
    CHECK(changed.at(0).before == QStringLiteral("02/03/1985"));
    CHECK(changed.at(0).after == QStringLiteral("12/03/1985"));
    CHECK(changed.at(1).field == QStringLiteral("phone"));
    CHECK(changed.at(1).before.isEmpty());
    CHECK(AuditTrail::changes(history.value().at(2)).size() >= 3); // a deletion lists what was deleted
    CHECK_FALSE(history.value().at(0).at.isEmpty());
}

TEST_CASE("The audit trail filters by user, commune, kind of record and dates", "[audit]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a.ntm")));
    const Fixture f = makeFixture(*db);
    const QString setup = db->actor().username;
    const QString criterion = CriteriaStore(*db).sets().value().at(1).criterionByNumber(1)->id;
    db->setActor(named(QStringLiteral("thu")));
    AssessmentInput in;
    in.criterionId = criterion;
    in.status = CriterionStatus::Met;
    const QStringList a1 = AssessmentService(*db).record(f.communeA1, QDate(2019, 5, 1), {in}).value();
    Village v;
    v.communeId = f.communeA1;
    v.name = QStringLiteral("Thôn Đông");
    REQUIRE(ReviewService(*db).addVillage(v).ok());
    db->setActor(named(QStringLiteral("binh")));
    REQUIRE(AssessmentService(*db).record(f.communeB1, QDate(2019, 5, 1), {in}).ok());
    REQUIRE(AssessmentService(*db).retract(a1).ok());
    Official o;
    o.fullName = QStringLiteral("Bùi Ngọc Nhật");
    REQUIRE(OfficialService(*db).create(o).ok());

    AuditTrail trail(*db);
    QStringList actors = trail.actors().value();
    actors.removeAll(setup);
    CHECK(actors == QStringList{QStringLiteral("binh"), QStringLiteral("thu")});
    AuditFilter byUser;
    byUser.actor = QStringLiteral("thu");
    CHECK(trail.search(byUser).value().size() == 2);

    AuditFilter byCommune;
    byCommune.communeId = f.communeA1;
    // Newest first: binh took back thu's assessment of A1; thu added a village and the assessment.
    CHECK(labels(without(trail.search(byCommune).value(), setup)) ==
          QStringList{QStringLiteral("binh delete criterion 1 on 01/05/2019"), QStringLiteral("thu insert Thôn Đông"),
                      QStringLiteral("thu insert criterion 1 on 01/05/2019")});
    for (const AuditEntry& e : without(trail.search(byCommune).value(), setup)) {
        CHECK(AuditTrail::communeOf(e) == f.communeA1);
    }

    AuditFilter byKind;
    byKind.kind = RecordKind::Official;
    CHECK(labels(without(trail.search(byKind).value(), setup)) ==
          QStringList{QStringLiteral("binh insert Bùi Ngọc Nhật")});

    AuditFilter today;
    today.from = QDate::currentDate();
    today.to = QDate::currentDate();
    CHECK(without(trail.search(today).value(), setup).size() == 5);
    AuditFilter tomorrow;
    tomorrow.from = QDate::currentDate().addDays(1);
    CHECK(trail.search(tomorrow).value().isEmpty());

    AuditFilter limited;
    limited.limit = 2;
    CHECK(trail.search(limited).value().size() == 3); // one more than the limit: "there are more"

    const auto criterionHistory = trail.criterionHistory(f.communeA1, QStringLiteral("t"), 1);
    CHECK(labels(without(criterionHistory.value(), setup)) ==
          QStringList{QStringLiteral("thu insert criterion 1 on 01/05/2019"),
                      QStringLiteral("binh delete criterion 1 on 01/05/2019")});
}
