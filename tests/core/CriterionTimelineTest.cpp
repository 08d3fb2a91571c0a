// SPDX-License-Identifier: GPL-3.0-or-later
// The criterion progress timeline: exact spans on a hand-built commune, and the article's Đức Yên in the demo.
#include "TestSupport.h"

#include "demo/DemoUnits.h"
#include "service/CriterionTimelineService.h"
#include "service/ProgressService.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
Database& demoDb()
{
    static TempFolder folder;
    static std::unique_ptr<Database> db = openDemo(folder.path(QStringLiteral("demo.ntm")));
    return *db;
}

const QString kDucYen = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a"));
const QString kThachKheNew = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-d"));

CriterionTimeline timelineOf(Database& db, const QString& id, const QDate& asOf)
{
    const auto t = CriterionTimelineService(db).load(id, asOf);
    INFO((t ? QString() : t.error().message).toStdString());
    REQUIRE(t.ok());
    return t.value();
}

const TimelineRow& rowOf(const CriterionTimeline& t, int block, int number)
{
    REQUIRE(block < t.blocks.size());
    for (const TimelineRow& r : t.blocks.at(block).rows) {
        if (r.number == number) {
            return r;
        }
    }
    FAIL("no row " << number);
    return t.blocks.at(block).rows.constFirst();
}

/// The span of a row covering `day`, or nullptr.
const TimelineSpan* spanOn(const TimelineRow& row, const QDate& day)
{
    for (const TimelineSpan& s : row.spans) {
        if (s.covers(day)) {
            return &s;
        }
    }
    return nullptr;
}

int metOn(const CriterionTimeline& t, const QDate& day)
{
    int met = 0;
    for (const TimelineBlock& b : t.blocks) {
        for (const TimelineRow& r : b.rows) {
            const TimelineSpan* s = spanOn(r, day);
            met += s && s->status == CriterionStatus::Met ? 1 : 0;
        }
    }
    return met;
}

/// Rows with a span under the set of `period` (the rows drawn while that set is in force).
int rowsUnder(const CriterionTimeline& t, const TimelineSetPeriod& period)
{
    int n = 0;
    for (const TimelineBlock& b : t.blocks) {
        for (const TimelineRow& r : b.rows) {
            n += std::any_of(r.spans.begin(), r.spans.end(),
                             [&](const TimelineSpan& s) { return s.setId == period.setId; })
                     ? 1
                     : 0;
        }
    }
    return n;
}

/// Every span agrees with ProgressService on its first and last day, and a row's spans follow each other.
void checkAgainstProgress(Database& db, const CriterionTimeline& t)
{
    auto progress = ProgressService::create(db);
    REQUIRE(progress.ok());
    for (const TimelineBlock& b : t.blocks) {
        for (const TimelineRow& r : b.rows) {
            for (qsizetype i = 0; i < r.spans.size(); ++i) {
                const TimelineSpan& s = r.spans.at(i);
                REQUIRE(s.from < s.until);
                if (i > 0) {
                    CHECK(r.spans.at(i - 1).until == s.from);
                }
                for (const QDate& day : {s.from, s.until.addDays(-1)}) {
                    const auto p = progress.value().communeProgress(t.communeId, day);
                    REQUIRE(p.ok());
                    CHECK(p.value().setId == s.setId);
                    const auto st = std::find_if(p.value().criteria.begin(), p.value().criteria.end(),
                                                 [&](const CriterionState& c) { return c.number == r.number; });
                    REQUIRE(st != p.value().criteria.end());
                    CHECK(st->status == s.status);
                    CHECK(st->assessmentId == s.event.id);
                    CHECK(st->carriedFromSet == s.carriedFromSet);
                }
            }
        }
    }
}
} // namespace

TEST_CASE("Timeline: exact spans, set changes and blocks of a hand-built commune", "[timeline]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("t.ntm")));
    const Fixture f = makeFixture(*db);
    addEvent(*db, f.communeA1, f.setOld, 1, QDate(2012, 5, 1), CriterionStatus::NotMet);
    addEvent(*db, f.communeA1, f.setOld, 1, QDate(2014, 3, 1), CriterionStatus::Met);
    addEvent(*db, f.communeA1, f.setOld, 2, QDate(2015, 6, 1), CriterionStatus::BasicallyMet);
    addEvent(*db, f.communeA1, f.setNew, 2, QDate(2017, 2, 1), CriterionStatus::Met);
    addEvent(*db, f.communeA1, f.setNew, 3, QDate(2030, 1, 1), CriterionStatus::Met); // after the as-of date

    const CriterionTimeline t = timelineOf(*db, f.communeA1, QDate(2026, 6, 30));
    CHECK(t.title == QStringLiteral("Xã An Hòa"));
    // Known "since before the records": the timeline starts at the first assessment.
    CHECK(t.from == QDate(2012, 5, 1));
    CHECK(t.until == QDate(2026, 7, 1));
    REQUIRE(t.sets.size() == 3);
    CHECK(t.sets.at(0).setCode == QStringLiteral("T-OLD"));
    CHECK(t.sets.at(0).from == QDate(2012, 5, 1));
    CHECK(t.sets.at(1).from == QDate(2016, 1, 1));
    CHECK(t.sets.at(2).setCode == QStringLiteral("T-2026"));
    CHECK(t.sets.at(2).until == QDate(2026, 7, 1));
    REQUIRE(t.changes.size() == 2);
    CHECK(t.changes.at(0).date == QDate(2016, 1, 1));
    CHECK(t.changes.at(0).fromCode == QStringLiteral("T-OLD"));
    CHECK(t.changes.at(0).toCode == QStringLiteral("T-NEW"));
    CHECK(t.changes.at(0).sameFamily);
    CHECK(t.changes.at(1).date == QDate(2026, 1, 1));
    CHECK_FALSE(t.changes.at(1).sameFamily);

    // One family, one block: rows continue across T-OLD → T-NEW; the set of another shape starts new rows.
    REQUIRE(t.blocks.size() == 2);
    CHECK(t.blocks.at(0).setCodes == QStringList{QStringLiteral("T-OLD"), QStringLiteral("T-NEW")});
    CHECK(t.blocks.at(0).rows.size() == 3);
    CHECK(t.blocks.at(0).until == QDate(2026, 1, 1));
    CHECK(t.blocks.at(1).rows.size() == 2);
    CHECK(t.rowCount() == 5);

    const TimelineRow& one = rowOf(t, 0, 1);
    REQUIRE(one.spans.size() == 3);
    CHECK(one.spans.at(0).status == CriterionStatus::NotMet);
    CHECK(one.spans.at(0).until == QDate(2014, 3, 1));
    CHECK(one.spans.at(0).event.assessedOn == QDate(2012, 5, 1));
    CHECK(one.spans.at(1).status == CriterionStatus::Met);
    CHECK(one.spans.at(1).until == QDate(2016, 1, 1));
    // Carried over into T-NEW: a new span (another set) from the same assessment.
    CHECK(one.spans.at(2).status == CriterionStatus::Met);
    CHECK(one.spans.at(2).carriedFromSet == QStringLiteral("T-OLD"));
    CHECK(one.spans.at(2).event.id == one.spans.at(1).event.id);
    CHECK(one.spans.at(2).until == QDate(2026, 1, 1));

    const TimelineRow& two = rowOf(t, 0, 2);
    REQUIRE(two.spans.size() == 4);
    CHECK(two.spans.at(0).status == CriterionStatus::NotAssessed);
    CHECK(two.spans.at(0).event.id.isEmpty());
    CHECK(two.spans.at(1).status == CriterionStatus::BasicallyMet);
    CHECK(two.spans.at(1).from == QDate(2015, 6, 1));
    CHECK(two.spans.at(2).carriedFromSet == QStringLiteral("T-OLD"));
    CHECK(two.spans.at(3).status == CriterionStatus::Met);
    CHECK(two.spans.at(3).from == QDate(2017, 2, 1));
    CHECK(two.spans.at(3).carriedFromSet.isEmpty());

    // The event after the as-of date is not shown; the new family starts "not assessed" (no crosswalk).
    CHECK(rowOf(t, 0, 3).spans.constLast().status == CriterionStatus::NotAssessed);
    for (const TimelineRow& r : t.blocks.at(1).rows) {
        REQUIRE(r.spans.size() == 1);
        CHECK(r.spans.at(0).from == QDate(2026, 1, 1));
        CHECK(r.spans.at(0).status == CriterionStatus::NotAssessed);
    }
    checkAgainstProgress(*db, t);
}

TEST_CASE("Timeline: bad requests and a commune not yet in the programme", "[timeline]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("t.ntm")));
    const Fixture f = makeFixture(*db);
    CHECK_FALSE(CriterionTimelineService(*db).load(QStringLiteral("no-such-id"), QDate(2020, 1, 1)).ok());
    CHECK_FALSE(CriterionTimelineService(*db).load(f.communeA1, QDate()).ok());
    // No assessment and no known start: the timeline begins with the first set (2010) and is empty before it.
    const CriterionTimeline before = timelineOf(*db, f.communeB1, QDate(2009, 6, 1));
    CHECK(before.blocks.isEmpty());
    CHECK(before.rowCount() == 0);
    const CriterionTimeline after = timelineOf(*db, f.communeB1, QDate(2011, 6, 1));
    CHECK(after.from == QDate(2010, 1, 1));
    CHECK(after.rowCount() == 3);
}

TEST_CASE("Timeline: Đức Yên goes from 9 to 20 during Bùi Ngọc Nhật's term", "[timeline][demo]")
{
    const CriterionTimeline t = timelineOf(demoDb(), kDucYen, QDate(2016, 10, 1));
    CHECK(t.title == QStringLiteral("Xã Đức Yên"));
    CHECK(t.districtName == QStringLiteral("Huyện Đức Thọ")); // with its kind, as Vietnamese documents name it
    CHECK(t.until == QDate(2016, 10, 2));
    REQUIRE(t.sets.size() == 2);
    CHECK(t.sets.at(0).setCode == QStringLiteral("QD491-2009"));
    CHECK(t.sets.at(1).setCode == QStringLiteral("HT20-QD491"));
    CHECK(rowsUnder(t, t.sets.at(0)) == 19);
    CHECK(rowsUnder(t, t.sets.at(1)) == 20);
    REQUIRE(t.changes.size() == 1);
    CHECK(t.changes.at(0).date == QDate(2015, 1, 1));
    CHECK(t.changes.at(0).sameFamily);
    REQUIRE(t.blocks.size() == 1);
    CHECK(t.blocks.at(0).rows.size() == 20);
    CHECK(rowOf(t, 0, 20).spans.constFirst().from == QDate(2015, 1, 1)); // Hà Tĩnh's 20th criterion

    CHECK(metOn(t, QDate(2016, 3, 1)) == 9);
    CHECK(metOn(t, QDate(2016, 9, 30)) == 20);
    REQUIRE(t.tenures.size() == 1);
    const TimelineTenure& nhat = t.tenures.constFirst();
    CHECK(nhat.officialName == QStringLiteral("Bùi Ngọc Nhật"));
    CHECK(nhat.start == QDate(2016, 3, 1));
    CHECK_FALSE(nhat.end.isValid()); // still serving on the as-of date
    CHECK(nhat.metAtStart == 9);
    CHECK(nhat.totalAtStart == 20);
    REQUIRE(t.recognitions.size() == 1);
    CHECK(t.recognitions.constFirst().decidedOn == QDate(2016, 9, 30));
    CHECK(t.metOnAsOf == 20);

    // The criteria met during the term were met by assessments recorded during the term, with who and when.
    int metDuringTerm = 0;
    for (const TimelineRow& r : t.blocks.at(0).rows) {
        const TimelineSpan* s = spanOn(r, QDate(2016, 9, 30));
        REQUIRE(s);
        if (s->event.assessedOn >= nhat.start) {
            ++metDuringTerm;
            CHECK(s->from == s->event.assessedOn);
            CHECK_FALSE(s->event.recordedBy.isEmpty());
            CHECK(s->event.communeId == kDucYen);
        }
    }
    CHECK(metDuringTerm == 11);
    checkAgainstProgress(demoDb(), t);
}

TEST_CASE("Timeline: Đức Yên until its merger, and a commune whose set changes shape", "[timeline][demo]")
{
    // Merged away on 1/1/2020: the timeline stops on its last day whatever the as-of date.
    const CriterionTimeline yen = timelineOf(demoDb(), kDucYen, QDate(2026, 11, 15));
    CHECK(yen.until == QDate(2020, 1, 1));
    REQUIRE(yen.sets.size() == 3);
    CHECK(yen.sets.at(2).setCode == QStringLiteral("HT20-QD1980"));
    CHECK(yen.changes.constLast().date == QDate(2016, 12, 1));
    CHECK(yen.blocks.size() == 1);
    REQUIRE(yen.tenures.size() == 1);
    CHECK(yen.tenures.constFirst().end == QDate(2019, 2, 28));
    bool carried = false;
    for (const TimelineRow& r : yen.blocks.at(0).rows) {
        const TimelineSpan* s = spanOn(r, QDate(2016, 12, 1));
        REQUIRE(s);
        carried = carried || s->carriedFromSet == QStringLiteral("HT20-QD491");
    }
    CHECK(carried);

    // Thạch Khê of 2025: 20 rows under 318/QĐ-TTg plus Hà Tĩnh's criterion 20 (an assumption), then the ten of
    // 51/2025 in a new block.
    const CriterionTimeline khe = timelineOf(demoDb(), kThachKheNew, QDate(2026, 11, 15));
    CHECK(khe.from == QDate(2025, 7, 1));
    REQUIRE(khe.blocks.size() == 2);
    CHECK(khe.blocks.at(0).rows.size() == 20);
    CHECK(khe.blocks.at(1).rows.size() == 10);
    REQUIRE(khe.changes.size() == 1);
    CHECK(khe.changes.at(0).date == QDate(2026, 2, 15));
    CHECK(khe.changes.at(0).fromCode == QStringLiteral("HT20-QD318"));
    CHECK(khe.changes.at(0).toCode == QStringLiteral("QD51-2025"));
    CHECK_FALSE(khe.changes.at(0).sameFamily);
    CHECK(khe.blocks.at(1).from == QDate(2026, 2, 15));
    checkAgainstProgress(demoDb(), khe);
}
