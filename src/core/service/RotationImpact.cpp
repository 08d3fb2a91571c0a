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

namespace ntm::core {

Result<QList<RotationImpactRow>> RotationImpactService::all(const QDate& asOf)
{
    const auto rotations = RotationStore(m_db).all();
    if (!rotations) {
        return rotations.error();
    }
    return of(rotations.value(), asOf);
}

Result<QList<RotationImpactRow>> RotationImpactService::of(const QList<Rotation>& rotations, const QDate& asOf)
{
    auto progress = ProgressService::create(m_db);
    if (!progress) {
        return progress.error();
    }
    const auto officials = OfficialStore(m_db).all();
    const auto communes = UnitStore(m_db).allCommunes();
    const auto districts = UnitStore(m_db).districts();
    const auto recognitions = RecognitionStore(m_db).list();
    if (!officials || !communes || !districts || !recognitions) {
        return !officials ? officials.error() : !communes ? communes.error()
                                             : !districts ? districts.error() : recognitions.error();
    }
    QHash<QString, QString> officialNames;
    for (const Official& o : officials.value()) {
        officialNames.insert(o.id, o.fullName);
    }
    QHash<QString, const Commune*> communeById;
    for (const Commune& c : communes.value()) {
        communeById.insert(c.id, &c);
    }
    QHash<QString, QString> districtNames;
    for (const District& d : districts.value()) {
        districtNames.insert(d.id, d.name);
    }
    QHash<QString, QList<QDate>> ntmRecognitions;
    for (const Recognition& rec : recognitions.value()) {
        if (rec.tier == RecognitionTier::Ntm) {
            ntmRecognitions[rec.communeId].append(rec.decidedOn);
        }
    }
    AssessmentStore assessments(m_db);
    QHash<QString, QList<Assessment>> histories;
    QList<RotationImpactRow> out;
    for (const Rotation& r : rotations) {
        if (r.startDate > asOf) {
            continue;
        }
        const Commune* commune = communeById.value(r.communeId);
        if (!commune) {
            continue;
        }
        if (!histories.contains(r.communeId)) {
            const auto h = assessments.historyOf(r.communeId);
            if (!h) {
                return h.error();
            }
            histories.insert(r.communeId, h.value());
        }
        const QList<Assessment>& history = histories[r.communeId];
        RotationImpactRow row;
        row.rotation = r;
        row.officialName = officialNames.value(r.officialId);
        if (const CommunePeriod* p = commune->periodOn(r.startDate)) {
            row.communeName = p->name;
            row.districtName = districtNames.value(p->districtId);
        }
        row.end = r.endedBy(asOf) ? r.actualEnd : QDate();
        row.measuredAt = row.end.isValid() ? row.end : asOf;
        const CommuneProgress atStart = progress.value().evaluateHistory(r.communeId, commune->provinceId, history,
                                                                         r.startDate);
        const CommuneProgress atEnd = progress.value().evaluateHistory(r.communeId, commune->provinceId, history,
                                                                       row.measuredAt);
        row.metAtStart = atStart.met;
        row.totalAtStart = atStart.total;
        row.metAtEnd = atEnd.met;
        row.totalAtEnd = atEnd.total;
        row.gained = row.metAtEnd - row.metAtStart;
        for (const QDate& decided : ntmRecognitions.value(r.communeId)) {
            if (decided >= r.startDate && decided <= asOf && (!row.recognisedOn.isValid() || decided < row.recognisedOn)) {
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

} // namespace ntm::core
