// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/RotationImpact.h"

#include "service/ProgressService.h"
#include "store/AssessmentStore.h"
#include "store/OfficialStore.h"
#include "store/RecognitionStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"

#include <QHash>
#include <QSet>

namespace ntm::core {

Result<QList<RotationImpactRow>> RotationImpactService::all(const QDate& asOf)
{
    const auto rotations = RotationStore(m_db).all();
    if (!rotations) {
        return rotations.error();
    }
    return of(rotations.value(), asOf);
}

namespace {
/// What the rows name: officials, communes with their periods, districts, and the NTM recognitions.
struct Lookups
{
    QHash<QString, QString> officialNames;
    QHash<QString, Commune> communes;
    QHash<QString, QString> districtNames;
    QHash<QString, QList<QDate>> ntmRecognitions;

    void addRecognitions(const QList<Recognition>& list)
    {
        for (const Recognition& rec : list) {
            if (rec.tier == RecognitionTier::Ntm) {
                ntmRecognitions[rec.communeId].append(rec.decidedOn);
            }
        }
    }
};

/// Every official, commune, district and recognition, each table read once: for many rotations.
Status loadAll(Database& db, Lookups& l)
{
    const auto officials = OfficialStore(db).all();
    const auto communes = UnitStore(db).allCommunes();
    const auto districts = UnitStore(db).districts();
    const auto recognitions = RecognitionStore(db).list();
    if (!officials || !communes || !districts || !recognitions) {
        return !officials   ? officials.error()
               : !communes  ? communes.error()
               : !districts ? districts.error()
                            : recognitions.error();
    }
    for (const Official& o : officials.value()) {
        l.officialNames.insert(o.id, o.fullName);
    }
    for (const Commune& c : communes.value()) {
        l.communes.insert(c.id, c);
    }
    for (const District& d : districts.value()) {
        l.districtNames.insert(d.id, d.title());
    }
    l.addRecognitions(recognitions.value());
    return {};
}

/// Only the rows the rotations name, one by one: for one commune's dashboard in a national database (reading all
/// 50,000 officials and 10,000 communes for it took most of its time).
Status loadFew(Database& db, const QSet<QString>& officialIds, const QSet<QString>& communeIds, Lookups& l)
{
    OfficialStore officials(db);
    for (const QString& id : officialIds) {
        const auto o = officials.get(id);
        if (!o) {
            return o.error();
        }
        if (o.value()) {
            l.officialNames.insert(id, o.value()->fullName);
        }
    }
    UnitStore units(db);
    RecognitionStore recognitions(db);
    for (const QString& id : communeIds) {
        const auto c = units.commune(id);
        const auto list = recognitions.list(id);
        if (!c || !list) {
            return !c ? c.error() : list.error();
        }
        if (!c.value()) {
            continue;
        }
        for (const CommunePeriod& p : c.value()->periods) {
            if (l.districtNames.contains(p.districtId)) {
                continue;
            }
            const auto d = units.district(p.districtId);
            if (!d) {
                return d.error();
            }
            l.districtNames.insert(p.districtId, d.value() ? d.value()->title() : QString());
        }
        l.communes.insert(id, *c.value());
        l.addRecognitions(list.value());
    }
    return {};
}
} // namespace

Result<QList<RotationImpactRow>> RotationImpactService::of(const QList<Rotation>& rotations, const QDate& asOf)
{
    auto progress = ProgressService::create(m_db);
    if (!progress) {
        return progress.error();
    }
    QSet<QString> officialIds;
    QSet<QString> communeIds;
    for (const Rotation& r : rotations) {
        if (r.startDate <= asOf) {
            officialIds.insert(r.officialId);
            communeIds.insert(r.communeId);
        }
    }
    Lookups lookups;
    constexpr qsizetype few = 32;
    const Status loaded = communeIds.size() <= few && officialIds.size() <= 8 * few
                              ? loadFew(m_db, officialIds, communeIds, lookups)
                              : loadAll(m_db, lookups);
    if (!loaded) {
        return loaded.error();
    }
    AssessmentStore assessments(m_db);
    QHash<QString, QList<Assessment>> histories;
    QList<RotationImpactRow> out;
    for (const Rotation& r : rotations) {
        if (r.startDate > asOf) {
            continue;
        }
        const auto found = lookups.communes.constFind(r.communeId);
        if (found == lookups.communes.cend()) {
            continue;
        }
        if (!histories.contains(r.communeId)) {
            const auto h = assessments.historyOf(r.communeId);
            if (!h) {
                return h.error();
            }
            histories.insert(r.communeId, h.value());
        }
        const Commune* commune = &found.value();
        const QList<Assessment>& history = histories[r.communeId];
        RotationImpactRow row;
        row.rotation = r;
        row.officialName = lookups.officialNames.value(r.officialId);
        if (const CommunePeriod* p = commune->periodOn(r.startDate)) {
            row.communeName = p->name;
            row.districtName = lookups.districtNames.value(p->districtId);
        }
        row.end = r.endedBy(asOf) ? r.actualEnd : QDate();
        row.measuredAt = row.end.isValid() ? row.end : asOf;
        if (commune->validTo.isValid() && row.measuredAt > commune->validTo) {
            row.measuredAt = commune->validTo; // the commune merged away: its last day is its last standing
        }
        const CommuneProgress atStart =
            progress.value().evaluateHistory(r.communeId, commune->provinceId, history, r.startDate);
        const CommuneProgress atEnd =
            progress.value().evaluateHistory(r.communeId, commune->provinceId, history, row.measuredAt);
        row.metAtStart = atStart.met;
        row.totalAtStart = atStart.total;
        row.metAtEnd = atEnd.met;
        row.totalAtEnd = atEnd.total;
        row.gained = row.metAtEnd - row.metAtStart;
        const CriteriaSet* setAtStart = progress.value().resolver().setById(atStart.setId);
        const CriteriaSet* setAtEnd = progress.value().resolver().setById(atEnd.setId);
        row.setChanged =
            row.totalAtStart != row.totalAtEnd || (setAtStart && setAtEnd && setAtStart->family != setAtEnd->family);
        for (const QDate& decided : lookups.ntmRecognitions.value(r.communeId)) {
            if (decided >= r.startDate && decided <= asOf &&
                (!row.recognisedOn.isValid() || decided < row.recognisedOn)) {
                row.recognisedOn = decided;
            }
        }
        if (row.recognisedOn.isValid()) {
            row.monthsToRecognition = dates::fullMonthsBetween(r.startDate, row.recognisedOn);
        }
        out.append(row);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.rotation.startDate < b.rotation.startDate ||
               (a.rotation.startDate == b.rotation.startDate && a.rotation.id < b.rotation.id);
    });
    return out;
}

QString RotationImpactService::gainText(const RotationImpactRow& row)
{
    if (row.setChanged) {
        return tr("set changed (%1/%2 → %3/%4)")
            .arg(row.metAtStart)
            .arg(row.totalAtStart)
            .arg(row.metAtEnd)
            .arg(row.totalAtEnd);
    }
    return row.gained > 0 ? QStringLiteral("+%1").arg(row.gained) : QString::number(row.gained);
}

} // namespace ntm::core
