// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CommuneDashboard.h"

#include "service/IllustrativeData.h"
#include "service/ProgressService.h"
#include "service/recognition/RecognitionLedger.h"
#include "store/RecognitionStore.h"
#include "store/ReviewStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"

#include <algorithm>

namespace ntm::core {

namespace {
// Names come from the period on the as-of date, so a commune that moved district or was renamed is shown as it
// was then, not as it is today.
Status fillUnit(Database& db, const Commune& commune, CommuneDashboard& d)
{
    const CommunePeriod* period = commune.periodOn(d.asOf);
    if (period) {
        d.period = *period;
        d.title = Vocabulary::communeTitle(period->kind, period->name);
    }
    d.targetYear = commune.targetYear;
    UnitStore units(db);
    if (!d.period.districtId.isEmpty()) {
        const auto district = units.district(d.period.districtId);
        if (!district) {
            return district.error();
        }
        d.districtName = district.value() ? district.value()->name : QString();
        d.districtTitle = district.value() ? district.value()->title() : QString();
    }
    const auto provinces = units.provinces();
    if (!provinces) {
        return provinces.error();
    }
    for (const Province& p : provinces.value()) {
        if (p.id == commune.provinceId) {
            d.provinceName = p.name;
        }
    }
    const auto lineage = units.communeLineage(commune.id);
    if (!lineage) {
        return lineage.error();
    }
    d.lineage = lineage.value();
    return {};
}

// One ProgressService for both questions: it loads every set and crosswalk when created.
Status fillProgress(Database& db, CommuneDashboard& d)
{
    if (!d.standingOn.isValid()) {
        return {}; // not formed yet on the date: nothing was judged
    }
    auto service = ProgressService::create(db);
    if (!service) {
        return service.error();
    }
    const auto progress = service.value().communeProgress(d.communeId, d.standingOn);
    if (!progress) {
        return progress.error();
    }
    d.progress = progress.value();
    const auto series = service.value().metOverTime(d.communeId, d.standingOn);
    if (!series) {
        return series.error();
    }
    d.series = series.value();
    if (const CommuneGroupAssignment* g = service.value().resolver().groupRowOf(d.communeId, d.standingOn)) {
        d.groupIllustrative = g->illustrative;
    }
    if (d.ntm) {
        const CriteriaSet* set = service.value().resolver().setFor(d.communeId, d.provinceId, d.ntm->datedOn);
        d.recognitionSet = set ? set->displayCode() : QString();
    }
    return {};
}

Status fillRecognitions(Database& db, CommuneDashboard& d)
{
    const auto recognitions = RecognitionStore(db).list(d.communeId);
    if (!recognitions) {
        return recognitions.error();
    }
    d.recognitions = recognitions.value();
    // The list is by date, so the last active one wins should two ever overlap.
    for (const Recognition& r : d.recognitions) {
        if (r.holdsNtmOn(d.asOf)) {
            d.activeNtm = r;
        }
    }
    if (!d.standingOn.isValid()) {
        return {};
    }
    const auto ledger = RecognitionLedger::load(db);
    if (!ledger) {
        return ledger.error();
    }
    d.held = ledger.value().holdingsOn(d.communeId, d.standingOn);
    if (const Holding* h = ledger.value().shownHolding(d.communeId, RecognitionTier::Ntm, d.standingOn)) {
        d.ntm = *h;
    }
    return {};
}

Status fillOfficials(Database& db, CommuneDashboard& d)
{
    const auto rotations = RotationStore(db).inCommune(d.communeId);
    if (!rotations) {
        return rotations.error();
    }
    // RotationImpactService leaves out rotations that start after the as-of date and sorts by start.
    const auto rows = RotationImpactService(db).of(rotations.value(), d.asOf);
    if (!rows) {
        return rows.error();
    }
    d.officials = rows.value();
    return {};
}

Status fillReview(Database& db, CommuneDashboard& d)
{
    ReviewStore store(db);
    const auto meetings = store.meetings(d.communeId);
    const auto villages = store.villages(d.communeId);
    if (!meetings || !villages) {
        return !meetings ? meetings.error() : villages.error();
    }
    for (const ReviewMeeting& m : meetings.value()) {
        if (m.heldOn <= d.asOf) {
            d.meetings.append(m);
        }
    }
    // The store gives them oldest first; the dashboard reads the latest briefing first.
    std::reverse(d.meetings.begin(), d.meetings.end());
    for (const Village& v : villages.value()) {
        if (coversDate(v.validFrom, v.validTo, d.asOf)) {
            d.villages.append(v);
        }
    }
    return {};
}
} // namespace

Result<CommuneDashboard> CommuneDashboardService::load(const QString& communeId, const QDate& asOf)
{
    if (!asOf.isValid()) {
        return Error{QStringLiteral("as_of"), tr("Choose a valid date to show the commune as of.")};
    }
    const auto commune = UnitStore(m_db).commune(communeId);
    if (!commune) {
        return commune.error();
    }
    if (!commune.value()) {
        return Error{QStringLiteral("commune"),
                     tr("There is no commune with the id \"%1\" in this database.").arg(communeId)};
    }
    CommuneDashboard d;
    d.communeId = communeId;
    d.asOf = asOf;
    if (Status s = fillUnit(m_db, *commune.value(), d); !s) {
        return s.error();
    }
    const auto life = CommuneLifeService(m_db).of(communeId, asOf);
    if (!life) {
        return life.error();
    }
    d.life = life.value();
    d.standingOn = d.life.standingDate(asOf);
    d.provinceId = commune.value()->provinceId;
    const auto illustrative = IllustrativeData::present(m_db);
    if (!illustrative) {
        return illustrative.error();
    }
    d.illustrativeData = illustrative.value();
    // Stops at the first failure: the later parts would only report the same broken database again.
    for (auto fill : {fillRecognitions, fillProgress, fillOfficials, fillReview}) {
        if (Status s = fill(m_db, d); !s) {
            return s.error();
        }
    }
    return d;
}

} // namespace ntm::core
