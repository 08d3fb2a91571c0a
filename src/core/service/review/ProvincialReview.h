// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/RotationImpact.h"
#include "service/review/MetBands.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core {

/// One year of the "communes recognised per year" figure. The last row ends at the as-of date. The columns are
/// the changes in the communes holding NTM (RecognitionLedger) between the period's start and its end, so they add
/// up: start + recognised + kept − endedByMerger − withdrawn + moved = cumulative.
struct RecognitionYear
{
    int year = 0;
    QDate periodEnd;       ///< 31 December, or the as-of date for its year.
    int start = 0;         ///< Communes in the scope holding NTM at the previous period's end.
    int recognised = 0;    ///< Became holders by a recognition decision in the period.
    int kept = 0;          ///< New communes formed by a merger in the period that kept NTM under the reform's rule.
    int endedByMerger = 0; ///< Holders merged in the period (whether or not the new commune kept the recognition).
    int withdrawn = 0;     ///< Holders that lost it in the period and continued (a withdrawal).
    int moved = 0;         ///< Holders that came into the scope (+) or left it (−): another district, not a xã.
    int ended = 0;         ///< endedByMerger + withdrawn.
    int cumulative = 0;    ///< Communes holding an NTM recognition at the period's end (the reports' "lũy kế").
    int communes = 0;      ///< Communes (xã) in the scope at the period's end.
    int nangCao = 0;       ///< Communes holding nâng cao at the period's end (each tier counted on its own).
    int kieuMau = 0;       ///< Communes holding kiểu mẫu at the period's end.
    int hienDai = 0;       ///< Communes holding hiện đại at the period's end.

    /// True when the columns reconcile (they always should; tests check it over the whole demo).
    bool addsUp() const { return start + recognised + kept - endedByMerger - withdrawn + moved == cumulative; }
};

/// The average criteria met by a group of communes on one date.
struct AveragePoint
{
    QDate date;
    int communes = 0;
    double averageMet = 0.0;
    double averageTotal = 0.0; ///< Average number of criteria in force (20, 19, 10...).
};

/// A line of the "average criteria met over time" figure: one district, or the whole province.
struct AverageSeries
{
    QString districtId;         ///< Empty for the whole province.
    QString name;               ///< "Huyện Đức Thọ", or the province's name.
    QList<AveragePoint> points; ///< At the sample dates; a date where the group had no commune is left out.
};

/// How many communes of the scope fall in a band of criteria met, as of the date.
struct BandCount
{
    MetBand band = MetBand::UnderFive;
    int communes = 0;
    double share = 0.0; ///< Of the communes in the scope, 0..1.
};

/// A criterion of a set in force, with how many communes under that set do not meet it as of the date.
struct MissedCriterion
{
    QString setCode;
    int number = 0;
    QString name;
    int communesUnderSet = 0; ///< Communes of the scope assessed against this set on the date.
    int missing = 0;          ///< Not met in any way: basically met, not met or not assessed.
    int basicallyMet = 0;
    int notMet = 0;
    int notAssessed = 0;
};

/// One side of the tenure comparison: criteria gained per year of tenure.
struct TenureGroup
{
    enum class Side
    {
        Rotated,
        Without
    };
    Side side = Side::Rotated;
    bool onlyWithCriteriaLeft = false; ///< Only periods where the commune had criteria left to meet at the start.
    int periods = 0;                   ///< Rotated: rotations; without: (rotation term, commune) pairs.
    int communes = 0;                  ///< Distinct communes.
    double years = 0.0;                ///< Sum of the periods' lengths in years (days / 365.25).
    int gained = 0;                    ///< Sum of criteria met at the end minus at the start.
    int leftOut = 0;                   ///< Periods not counted: the number of criteria in force changed during them.
    double perYear() const { return years > 0 ? gained / years : 0.0; }
};

/// Every figure of the provincial review, as of a date, for the province or one district. Plain data: views,
/// the .xlsx export and the printed reports read it.
struct ProvincialReview
{
    QDate asOf;
    QString provinceName;
    QString districtId;   ///< Empty for the whole province.
    QString districtName; ///< "Huyện Đức Thọ"; empty for the whole province.
    int communes = 0;     ///< Communes (xã) in the scope on the date.
    int recognised = 0;
    int recognisedUnderEarlierSet = 0; ///< Of the recognised, those recognised under a set no longer in force.
    int meetAll = 0;                   ///< Communes meeting every criterion of the set in force on the date.
    bool illustrative = false;         ///< The database holds illustrative (demo) rows.
    double averageMet = 0.0;
    int criteriaInForce = 0;  ///< The number of criteria in force for most of the scope's communes on the date.
    QList<QDate> sampleDates; ///< Each year's end from the first year of records, then the as-of date.
    QList<RecognitionYear> recognitions; ///< One per sample date.
    QList<AverageSeries> averages;       ///< The scope's districts, then the whole province (last).
    QList<BandCount> bands;              ///< Every band, in MetBands::all() order.
    QList<MissedCriterion> missed;       ///< Most missed first.
    QList<RotationImpactRow> rotations;
    QList<TenureGroup> comparison; ///< Rotated, without; then both with criteria left at the start.
};

} // namespace ntm::core
