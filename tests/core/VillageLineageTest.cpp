// SPDX-License-Identifier: GPL-3.0-or-later
// Villages merge and are renamed (issue 20): the lineage is kept as for communes, what the old villages were in
// someone's charge for ends with them, and undo puts everything back; plus model areas and garden counts by date.
#include "TestSupport.h"

#include "db/Sql.h"
#include "service/ReviewService.h"
#include "service/VillageChange.h"
#include "service/VillageProgressService.h"
#include "service/WorkingGroupService.h"
#include "service/followup/FollowUpFigures.h"
#include "service/followup/FollowUpService.h"
#include "store/ReviewStore.h"
#include "store/WorkingGroupStore.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
struct Villages
{
    TempFolder tmp;
    std::unique_ptr<Database> db = openDb(tmp.path(QStringLiteral("villages.ntm")));
    Fixture f = makeFixture(*db);
    QStringList ids;
    QString responsibility;

    Villages()
    {
        for (const char* name : {"Thôn Đông", "Thôn Tây", "Thôn Nam"}) {
            Village v;
            v.communeId = f.communeA1;
            v.name = QString::fromUtf8(name);
            v.validFrom = QDate(2010, 1, 1);
            ids.append(ReviewService(*db).addVillage(v).value());
        }
        WorkingGroup g;
        g.communeId = f.communeA1;
        g.name = QStringLiteral("Đoàn 1");
        g.validFrom = QDate(2016, 1, 1);
        const QString group = WorkingGroupService(*db).addGroup(g).value();
        VillageResponsibility r;
        r.communeId = f.communeA1;
        r.villageId = ids.at(0);
        r.groupId = group;
        r.validFrom = QDate(2016, 1, 1);
        responsibility = WorkingGroupService(*db).addResponsibility(r).value();
    }

    FollowUpData data() { return FollowUpService(*db).load(f.communeA1).value(); }

    QStringList namesOn(const QDate& d)
    {
        QStringList out;
        for (const VillageProgressRow& r : FollowUpFigures::villageProgress(data(), d)) {
            out.append(r.village.name);
        }
        return out;
    }
};
} // namespace

TEST_CASE("Villages: a merge keeps the lineage and ends the old villages' responsibilities", "[villages][lineage]")
{
    Villages v;
    const auto plan = VillageChangeService(*v.db).plan(v.f.communeA1, {v.ids.at(0), v.ids.at(1)},
                                                       QStringLiteral("Thôn Đông Tây"), QDate(2019, 7, 1),
                                                       QStringLiteral("merge"), QStringLiteral("NQ 123/NQ-HĐND"), {});
    REQUIRE(plan.ok());
    REQUIRE(VillageChangeService(*v.db).apply(plan.value()).ok());
    CHECK(v.namesOn(QDate(2019, 6, 30)) ==
          QStringList{QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Nam"), QStringLiteral("Thôn Tây")});
    CHECK(v.namesOn(QDate(2019, 7, 1)) == QStringList{QStringLiteral("Thôn Đông Tây"), QStringLiteral("Thôn Nam")});
    const QList<VillageProgressRow> rows = FollowUpFigures::villageProgress(v.data(), QDate(2019, 7, 1));
    REQUIRE(rows.constFirst().predecessors.size() == 2);
    CHECK(rows.constFirst()
              .predecessors.join(QLatin1Char('|'))
              .contains(QStringLiteral("Thôn Đông (merged, 01/07/2019)")));
    const auto r = WorkingGroupStore(*v.db).responsibility(v.responsibility).value();
    CHECK(r->validTo == QDate(2019, 6, 30));
    // The same as of an earlier date: Thôn Đông still in the group's charge, its successor listed only afterwards.
    const QList<VillageProgressRow> before = FollowUpFigures::villageProgress(v.data(), QDate(2019, 6, 30));
    CHECK(before.constFirst().group == QStringLiteral("Đoàn 1"));
    CHECK(before.constFirst().successors.isEmpty());

    REQUIRE(VillageChangeService(*v.db).revert(plan.value()).ok());
    CHECK(v.namesOn(QDate(2020, 1, 1)) ==
          QStringList{QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Nam"), QStringLiteral("Thôn Tây")});
    CHECK_FALSE(WorkingGroupStore(*v.db).responsibility(v.responsibility).value()->validTo.isValid());
    CHECK(sql::scalar(v.db->sql(), QStringLiteral("SELECT count(*) FROM village_lineage")).value().toInt() == 0);
}

TEST_CASE("Villages: a rename is a new village with a link, and the plan refuses what cannot be", "[villages][lineage]")
{
    Villages v;
    auto plan = [&](const QStringList& ids, const QString& name, const QDate& on, const char* kind) {
        return VillageChangeService(*v.db).plan(v.f.communeA1, ids, name, on, QLatin1String(kind), {}, {});
    };
    const auto rename = plan({v.ids.at(2)}, QStringLiteral("Thôn Nam Sơn"), QDate(2020, 1, 1), "rename");
    REQUIRE(rename.ok());
    REQUIRE(VillageChangeService(*v.db).apply(rename.value()).ok());
    CHECK(v.namesOn(QDate(2020, 1, 1)).contains(QStringLiteral("Thôn Nam Sơn")));
    CHECK_FALSE(v.namesOn(QDate(2020, 1, 1)).contains(QStringLiteral("Thôn Nam")));
    CHECK(ReviewStore(*v.db).villages(v.f.communeA1).value().size() == 4); // history is never deleted

    CHECK(plan({v.ids.at(0)}, QStringLiteral("Thôn Mới"), QDate(2020, 1, 1), "merge").error().field ==
          QStringLiteral("villages"));
    CHECK(plan({v.ids.at(0)}, QStringLiteral("thon dong"), QDate(2020, 1, 1), "rename").error().field ==
          QStringLiteral("name"));
    CHECK(plan({v.ids.at(0)}, QStringLiteral("Thôn Tây"), QDate(2020, 1, 1), "rename")
              .error()
              .message.contains(QStringLiteral("already has a village named")));
    CHECK(plan({v.ids.at(2)}, QStringLiteral("Thôn Khác"), QDate(2021, 1, 1), "rename")
              .error()
              .message.contains(QStringLiteral("did not exist")));
    CHECK(plan({v.ids.at(0)}, QStringLiteral("Thôn Khác"), QDate::currentDate().addDays(5), "rename").error().field ==
          QStringLiteral("on"));
}

TEST_CASE("Villages: model residential areas and model gardens by date", "[villages]")
{
    Villages v;
    VillageProgressService service(*v.db);
    VillageModelArea a;
    a.communeId = v.f.communeA1;
    a.villageId = v.ids.at(1);
    a.decisionNo = QStringLiteral("3117/QĐ-UBND");
    a.decidedOn = QDate(2017, 10, 10);
    REQUIRE(service.addModelArea(a).ok());
    a.decidedOn = QDate(2018, 1, 1);
    const auto twice = service.addModelArea(a);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already recognised")));
    for (const auto& [date, gardens] : {std::pair{QDate(2016, 12, 31), 4}, std::pair{QDate(2017, 12, 31), 11}}) {
        VillageGardenCount g;
        g.communeId = v.f.communeA1;
        g.villageId = v.ids.at(1);
        g.countedOn = date;
        g.gardens = gardens;
        REQUIRE(service.addGardenCount(g).ok());
    }
    VillageGardenCount again;
    again.communeId = v.f.communeA1;
    again.villageId = v.ids.at(1);
    again.countedOn = QDate(2017, 12, 31);
    again.gardens = 12;
    CHECK(service.addGardenCount(again).error().field == QStringLiteral("counted_on"));
    const FollowUpData d = v.data();
    CHECK(FollowUpFigures::gardensOn(d, v.ids.at(1), QDate(2016, 12, 30)) == 0);
    CHECK(FollowUpFigures::gardensOn(d, v.ids.at(1), QDate(2017, 6, 30)) == 4);
    CHECK(FollowUpFigures::gardensOn(d, v.ids.at(1), QDate(2019, 1, 1)) == 11);
    CHECK_FALSE(FollowUpFigures::modelAreaOn(d, v.ids.at(1), QDate(2017, 10, 9)));
    CHECK(FollowUpFigures::modelAreaOn(d, v.ids.at(1), QDate(2017, 10, 10))->decisionNo ==
          QStringLiteral("3117/QĐ-UBND"));
    // A village with records is not deleted (it would lose them); the message says why.
    const Status removed = ReviewService(*v.db).removeVillage(v.ids.at(1));
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("delete those first")));
}
