// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoBuilder.h"

#include "criteria/CriteriaImporter.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoHistories.h"
#include "demo/DemoRotations.h"
#include "demo/DemoStories.h"
#include "demo/DemoTiers.h"
#include "demo/DemoUnits.h"
#include "demo/DemoWorkingGroups.h"
#include "demo/DemoWriter.h"
#include "service/SetResolver.h"
#include "service/recognition/MergerService.h"
#include "store/AssessmentStore.h"
#include "store/AuditLog.h"
#include "store/CriteriaStore.h"
#include "store/OfficialStore.h"
#include "store/RecognitionStore.h"
#include "store/ReformStore.h"
#include "store/ReviewStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QSet>

namespace ntm::core {

using namespace demo;

const QDate DemoBuilder::kHorizon(2026, 11, 15);

namespace {
constexpr std::uint64_t kSeed = 0x4E544D2016ULL; // fixed: the demo is the same on every machine

Status writeUnits(Database& db, const DemoUnits& units, const PlanMap& plans)
{
    UnitStore store(db);
    if (Status s = store.insertProvince(units.province()); !s) {
        return s;
    }
    for (const District& d : units.districts()) {
        if (Status s = store.insertDistrict(d); !s) {
            return s;
        }
    }
    for (Commune c : units.communes()) {
        c.illustrative = plans.contains(c.id) && plans.value(c.id).illustrative;
        c.targetYear = plans.value(c.id).recognitionYear;
        if (Status s = store.insertCommune(c); !s) {
            return s;
        }
    }
    for (const LineageLink& l : units.districtLineage()) {
        if (Status s = store.insertDistrictLineage(l); !s) {
            return s;
        }
    }
    return {};
}

/// The mergers, recorded through core once the recognitions are written: MergerService ends the merged communes'
/// recognitions on the merger's date, and the reform's rule decides what the new commune keeps.
Status writeMergers(Database& db, const DemoUnits& units)
{
    MergerService mergers(db);
    for (const LineageLink& l : units.lineage()) {
        MergerInput m;
        m.successorId = l.successorId;
        m.predecessorIds = {l.predecessorId};
        m.linkIds = {l.id};
        m.effectiveOn = l.effectiveOn;
        m.kind = l.kind;
        m.act = l.act;
        m.verified = l.verified;
        m.note = l.note;
        if (const auto r = mergers.apply(m); !r) {
            return r.error();
        }
    }
    return {};
}

Status writeAssignments(Database& db, const DemoUnits& units)
{
    CriteriaStore store(db);
    const auto sets = store.sets();
    if (!sets) {
        return sets.error();
    }
    auto idOf = [&](const QString& code) {
        for (const CriteriaSet& s : sets.value()) {
            if (s.code == code) {
                return s.id;
            }
        }
        return QString();
    };
    const QList<SetAssignment> assignments{
        {ids::stableId(QStringLiteral("demo-assignment:ht20-491")), idOf(QStringLiteral("HT20-QD491")),
         units.province().id, QString(), QDate(2015, 1, 1),
         QStringLiteral("Ngày Hà Tĩnh áp dụng tiêu chí 20 chưa xác minh (giả định 01/01/2015)."), true},
        {ids::stableId(QStringLiteral("demo-assignment:ht20-1980")), idOf(QStringLiteral("HT20-QD1980")),
         units.province().id, QString(), QDate(2016, 12, 1),
         QStringLiteral("Bộ 1980/QĐ-TTg áp dụng từ 01/12/2016, kèm tiêu chí 20 của Hà Tĩnh."), false},
        {ids::stableId(QStringLiteral("demo-assignment:ht20-318")), idOf(QStringLiteral("HT20-QD318")),
         units.province().id, QString(), QDate(2022, 3, 8),
         QStringLiteral("Giả định: bộ tiêu chí xã NTM riêng của Hà Tĩnh giai đoạn 2022–2025 không có trong nguồn; "
                        "áp dụng bộ 318/QĐ-TTg kèm tiêu chí 20 thay cho bộ đó."),
         true}};
    for (const SetAssignment& a : assignments) {
        if (a.setId.isEmpty()) {
            return Error{QString(), DemoBuilder::tr("The criteria sets of Hà Tĩnh are missing from the program.")};
        }
        if (Status s = store.insertAssignment(a); !s) {
            return s;
        }
    }
    // Commune groups of the 2026–2030 set: mountain districts' communes in group 3, the city's neighbours in
    // group 1, the rest in group 2 (illustrative: the province has not published the list in our sources).
    for (const Commune* c : units.programmeCommunesOn(QDate(2026, 2, 15))) {
        QString oldDistrict;
        for (const CommunePeriod& p : c->periods) {
            if (!p.districtId.isEmpty()) {
                oldDistrict = p.districtId;
            }
        }
        int group = 2;
        for (const LineageLink& l : units.lineage()) {
            if (l.successorId == c->id) {
                if (const Commune* pred = units.commune(l.predecessorId)) {
                    for (const CommunePeriod& p : pred->periods) {
                        if (const District* d = units.district(p.districtId)) {
                            if (d->code == QLatin1String("439") || d->code == QLatin1String("444") ||
                                d->code == QLatin1String("441")) {
                                group = 3;
                            } else if (d->code == QLatin1String("436") && group == 2) {
                                group = 1;
                            }
                        }
                    }
                }
            }
        }
        if (Status s = store.insertCommuneGroup(
                {ids::stableId(QStringLiteral("demo-group:") + c->id), c->id, group, QDate(2026, 2, 15), true,
                 QStringLiteral("Minh họa: nhóm xã do bản demo gán theo huyện cũ (miền núi: nhóm 3), không có "
                                "nguồn.")});
            !s) {
            return s;
        }
    }
    return {};
}
} // namespace

Status DemoBuilder::build(const Progress& progress)
{
    auto report = [&](int done, const QString& what) { return !progress || progress(done, 100, what); };
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    const auto existing = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM commune"));
    if (!existing) {
        return existing.error();
    }
    if (existing.value().toInt() > 0) {
        return Error{QString(), tr("This database already holds communes; the demo is built only into a new, empty "
                                   "database.")};
    }
    if (!report(2, tr("Loading criteria sets"))) {
        return Error{QString(), tr("Cancelled; nothing was written.")};
    }
    if (Status s = CriteriaImporter(m_db).importShipped(); !s) {
        return s;
    }
    auto units = DemoUnits::load();
    if (!units) {
        return units.error();
    }
    if (!report(10, tr("Planning the communes' histories"))) {
        return Error{QString(), tr("Cancelled; nothing was written.")};
    }
    const auto reforms = ReformStore(m_db).all();
    if (!reforms) {
        return reforms.error();
    }
    DemoRandom rng(kSeed);
    DemoHistories histories(units.value(), rng, reforms.value());
    histories.createPhaseOnePlans();
    DemoStories stories(units.value());
    stories.shapePlans(histories.plans());
    const QSet<QString> storyCommunes{units.value().focusDucYen(), units.value().focusThachKhe()};
    DemoRotations rotations(units.value(), rng, storyCommunes);
    rotations.generate(histories.plans(), kHorizon);
    for (const Rotation& r : rotations.rotations()) {
        if (histories.plans().contains(r.communeId)) {
            CommunePlan& p = histories.plans()[r.communeId];
            p.tenures.append({r.startDate, r.effectiveEnd()});
            if (r.startDate.year() <= 2018) {
                p.strength = std::min(1.0, p.strength + 0.12);
            }
        }
    }
    // Districts that led the province: every commune recognised by the year the district was.
    const QHash<QString, int> deadlines{{QStringLiteral("442"), 2018},
                                        {QStringLiteral("443"), 2019},
                                        {QStringLiteral("440"), 2019},
                                        {QStringLiteral("445"), 2019}};
    histories.planPhaseOne(deadlines);
    histories.planLaterPhases(kHorizon);
    DemoTiers(units.value(), rng, histories).plan();
    if (!report(30, tr("Writing districts and communes"))) {
        return Error{QString(), tr("Cancelled; nothing was written.")};
    }
    if (Status s = writeUnits(m_db, units.value(), histories.plans()); !s) {
        return s;
    }
    if (Status s = writeAssignments(m_db, units.value()); !s) {
        return s;
    }
    QList<Official> officials = rotations.officials();
    QList<Rotation> rotationList = rotations.rotations();
    stories.addPeople(officials, rotationList);
    DemoWriter writer(m_db);
    if (Status s = writer.writePeople(officials, rotationList); !s) {
        return s;
    }
    const bool finished = writer.writeHistories(histories.plans(), [&](int percent) {
        return report(40 + percent / 2, tr("Writing assessments and recognitions"));
    });
    if (!finished) {
        return writer.lastError().message.isEmpty() ? Status(Error{QString(), tr("Cancelled; nothing was written.")})
                                                    : Status(writer.lastError());
    }
    if (Status s = writer.writeStories(stories, histories.plans().value(units.value().focusThachKhe())); !s) {
        return s;
    }
    if (Status s = writeMergers(m_db, units.value()); !s) {
        return s;
    }
    // Thạch Khê's working groups, actions, plans and villages' progress (issue 20), in their own module.
    if (Status s = demo::DemoWorkingGroups(m_db, units.value()).write(); !s) {
        return s;
    }
    if (!report(95, tr("Recording the demo in the audit log"))) {
        return Error{QString(), tr("Cancelled; nothing was written.")};
    }
    if (Status s =
            sql::run(m_db.sql(),
                     QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                    "value = excluded.value"),
                     {QStringLiteral("demo"),
                      QStringLiteral("Hà Tĩnh demo, generated %1, seed %2").arg(dates::nowTimestamp()).arg(kSeed)},
                     tr("Saving the demo marker"));
        !s) {
        return s;
    }
    if (Status s = AuditLog(m_db).record(QStringLiteral("bulk"), QStringLiteral("commune"), QString(), QString(),
                                         QStringLiteral("{\"action\":\"demo\",\"communes\":%1,\"officials\":%2,"
                                                        "\"rotations\":%3}")
                                             .arg(units.value().communes().size())
                                             .arg(officials.size())
                                             .arg(rotationList.size()));
        !s) {
        return s;
    }
    report(100, tr("Done"));
    return tx.commit();
}

} // namespace ntm::core
