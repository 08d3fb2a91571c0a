// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "service/review/ProvincialReview.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;
class DistrictGrouping;
class MetTimelines;
class ProgressService;
class RecognitionLedger;

/// Computes the provincial review as of a date, for the province or one district: communes recognised per year,
/// average criteria met over time per district, communes by band of criteria met, the criteria most communes
/// still miss, rotation impact and the tenure comparison. The rules come from the services that own them
/// (ProgressService, RotationImpactService, SetResolver, MetBands, DistrictGrouping); see docs/review.md.
class ProvincialReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ProvincialReviewService)

public:
    explicit ProvincialReviewService(Database& db) : m_db(db) {}

    /// `districtId` empty: the whole province. From 1/7/2025 a district means its former communes (see
    /// DistrictGrouping); a district that did not exist on the date (nor, from 1/7/2025, on 30/6/2025) is an error.
    Result<ProvincialReview> review(const QDate& asOf, const QString& districtId = {});
    /// The districts the review can be narrowed to on `date` (DistrictGrouping::districtsFor()).
    Result<QList<District>> districtsFor(const QDate& date);

private:
    /// Bands and missed criteria: the scope's communes as of the date, criterion by criterion.
    Status fillStanding(ProvincialReview& review, ProgressService& progress, const DistrictGrouping& grouping,
                        const RecognitionLedger& ledger);
    /// Rotation impact rows of the scope and the tenure comparison.
    Status fillRotations(ProvincialReview& review, const MetTimelines& lines, const DistrictGrouping& grouping);

    Database& m_db;
};

} // namespace ntm::core
