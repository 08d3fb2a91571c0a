// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/review/ProvincialReviewService.h"

#include "service/IllustrativeData.h"
#include "service/ProgressService.h"
#include "service/recognition/RecognitionLedger.h"
#include "service/review/DistrictGrouping.h"
#include "service/review/MetTimelines.h"
#include "service/review/ReviewSamples.h"
#include "service/review/TenureComparison.h"
#include "store/AssessmentStore.h"
#include "store/RecognitionStore.h"
#include "store/TenureStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"

#include <QMap>
#include <QStringList>

#include <algorithm>

namespace ntm::core {

namespace {
/// The first year of the figures over time: the year of the first assessment or recognition.
Result<int> firstYear(Database& db, const QList<Recognition>& recognitions, const QDate& asOf)
{
    const auto first = AssessmentStore(db).firstDate();
    if (!first) {
        return first.error();
    }
    QDate earliest = first.value();
    for (const Recognition& r : recognitions) {
        if (!earliest.isValid() || r.decidedOn < earliest) {
            earliest = r.decidedOn;
        }
    }
    return earliest.isValid() ? std::min(earliest.year(), asOf.year()) : asOf.year();
}

void fillBands(ProvincialReview& review, const QHash<QString, CommuneProgress>& progress)
{
    QMap<MetBand, int> counts;
    QMap<int, int> totals; // criteria in force -> communes
    for (const CommuneProgress& p : progress) {
        counts[MetBands::bandOf(p.met, p.total)] += 1;
        totals[p.total] += 1;
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() > totals.value(review.criteriaInForce)) {
            review.criteriaInForce = it.key();
        }
    }
    for (MetBand band : MetBands::all()) {
        const int n = counts.value(band);
        review.bands.append({band, n, progress.isEmpty() ? 0.0 : static_cast<double>(n) / progress.size()});
    }
}

void fillMissed(ProvincialReview& review, const QHash<QString, CommuneProgress>& progress)
{
    QMap<QPair<QString, int>, MissedCriterion> byCriterion; // (set code, number)
    for (const CommuneProgress& p : progress) {
        for (const CriterionState& c : p.criteria) {
            MissedCriterion& m = byCriterion[{p.setCode, c.number}];
            m.setCode = p.setCode;
            m.number = c.number;
            m.name = c.name;
            m.communesUnderSet += 1;
            if (c.status == CriterionStatus::Met) {
                continue;
            }
            m.missing += 1;
            m.basicallyMet += c.status == CriterionStatus::BasicallyMet ? 1 : 0;
            m.notMet += c.status == CriterionStatus::NotMet ? 1 : 0;
            m.notAssessed += c.status == CriterionStatus::NotAssessed ? 1 : 0;
        }
    }
    review.missed = byCriterion.values();
    std::stable_sort(review.missed.begin(), review.missed.end(),
                     [](const MissedCriterion& a, const MissedCriterion& b) { return a.missing > b.missing; });
}
} // namespace

Status ProvincialReviewService::fillStanding(ProvincialReview& review, ProgressService& progress,
                                             const DistrictGrouping& grouping, const RecognitionLedger& ledger)
{
    const auto communes = UnitStore(m_db).communesOn(review.asOf, {}, true);
    if (!communes) {
        return communes.error();
    }
    QList<CommuneRow> inScope;
    for (const CommuneRow& c : communes.value()) {
        if (review.districtId.isEmpty() || grouping.districtOf(c.id, review.asOf) == review.districtId) {
            inScope.append(c);
        }
    }
    const auto standing = progress.progressOf(inScope, review.asOf);
    if (!standing) {
        return standing.error();
    }
    fillBands(review, standing.value());
    fillMissed(review, standing.value());
    // "2 communes recognised" beside "0 meet all 10 criteria" needs its reason: recognised under an earlier set.
    for (const CommuneRow& c : inScope) {
        const CommuneProgress p = standing.value().value(c.id);
        review.meetAll += p.total > 0 && p.met == p.total ? 1 : 0;
        const Holding* h = ledger.shownHolding(c.id, RecognitionTier::Ntm, review.asOf);
        const CriteriaSet* then = h ? progress.resolver().setFor(c.id, c.provinceId, h->datedOn) : nullptr;
        if (h && then && then->id != p.setId) {
            review.recognisedUnderEarlierSet += 1;
        }
    }
    return {};
}

Status ProvincialReviewService::fillRotations(ProvincialReview& review, const MetTimelines& lines,
                                              const DistrictGrouping& grouping)
{
    const auto inScope = [&](const QString& communeId, const QDate& date) {
        return review.districtId.isEmpty() || grouping.districtOf(communeId, date) == review.districtId;
    };
    const auto rows = RotationImpactService(m_db).all(review.asOf);
    if (!rows) {
        return rows.error();
    }
    for (const RotationImpactRow& r : rows.value()) {
        if (inScope(r.rotation.communeId, r.rotation.startDate)) {
            review.rotations.append(r);
        }
    }
    const auto unled = TenureStore(m_db).communesWithoutRotation(review.asOf);
    if (!unled) {
        return unled.error();
    }
    review.comparison = TenureComparison::compute(review.rotations, unled.value(), lines, inScope);
    return {};
}

Result<QList<District>> ProvincialReviewService::districtsFor(const QDate& date)
{
    const auto grouping = DistrictGrouping::load(m_db);
    if (!grouping) {
        return grouping.error();
    }
    return grouping.value().districtsFor(date);
}

Result<ProvincialReview> ProvincialReviewService::review(const QDate& asOf, const QString& districtId)
{
    const auto grouping = DistrictGrouping::load(m_db);
    auto progress = ProgressService::create(m_db);
    const auto recognitions = RecognitionStore(m_db).list();
    const auto ledger = RecognitionLedger::load(m_db);
    const auto provinces = UnitStore(m_db).provinces();
    const auto illustrative = IllustrativeData::present(m_db);
    if (!grouping || !progress || !recognitions || !ledger || !provinces || !illustrative) {
        return !grouping       ? grouping.error()
               : !progress     ? progress.error()
               : !recognitions ? recognitions.error()
               : !ledger       ? ledger.error()
               : !provinces    ? provinces.error()
                               : illustrative.error();
    }
    ProvincialReview review;
    review.asOf = asOf;
    review.illustrative = illustrative.value();
    review.provinceName = provinces.value().isEmpty() ? QString() : provinces.value().constFirst().name;
    if (!districtId.isEmpty()) {
        const QList<District> allowed = grouping.value().districtsFor(asOf);
        const auto it =
            std::find_if(allowed.cbegin(), allowed.cend(), [&](const District& d) { return d.id == districtId; });
        if (it == allowed.cend()) {
            const District* d = grouping.value().district(districtId);
            return Error{QStringLiteral("district"),
                         d ? tr("%1 did not exist on %2.").arg(d->title(), dates::toDisplay(asOf))
                           : tr("There is no such district in this database.")};
        }
        review.districtId = districtId;
        review.districtName = it->title();
    }
    const auto first = firstYear(m_db, recognitions.value(), asOf);
    if (!first) {
        return first.error();
    }
    const auto lines = MetTimelines::load(m_db, progress.value(), asOf);
    if (!lines) {
        return lines.error();
    }
    ReviewSamples samples(m_db, lines.value(), grouping.value(), ledger.value());
    if (Status s = samples.fill(review, first.value()); !s) {
        return s.error();
    }
    if (Status s = fillStanding(review, progress.value(), grouping.value(), ledger.value()); !s) {
        return s.error();
    }
    if (Status s = fillRotations(review, lines.value(), grouping.value()); !s) {
        return s.error();
    }
    return review;
}

} // namespace ntm::core
