// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/RotationImpact.h"
#include "service/StatsService.h"
#include "service/UnitOverview.h"
#include "service/review/MetBands.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ntm::core {

class Database;

/// One group of communes of an area summary: a district (or, from 1/7/2025, the communes directly under the
/// province) with its figures.
struct AreaGroup
{
    DistrictOverview overview; ///< UnitOverviewService: the communes with criteria met and recognition.
    ProgressStats stats;       ///< StatsService for the group: communes, recognised, average, by count met.
    QList<int> bandCounts;     ///< Communes (xã) per band of criteria met, in MetBands::all() order.
};

/// What the district or province summary reports as of a date: the area's figures, its communes grouped by
/// district, the bands of criteria met, and the rotations into its communes. Plain data, gathered from the
/// services that compute each figure (StatsService, UnitOverviewService, MetBands, RotationImpactService), so
/// a printed summary shows the same numbers as the views and `ntm-cli stats`.
struct AreaSummary
{
    QDate asOf;
    QString provinceName;
    QString districtId;                 ///< Empty for the whole province.
    QString districtTitle;              ///< "Huyện Đức Thọ"; empty for the whole province.
    QString districtName;               ///< "Đức Thọ"
    ProgressStats stats;                ///< The whole area.
    QList<int> bandCounts;              ///< The whole area, in MetBands::all() order.
    QList<AreaGroup> groups;            ///< One for a district; every district existing on the date for the province.
    QHash<QString, QDate> recognisedOn; ///< Commune id -> date of the NTM recognition it holds on asOf.
    QList<RotationImpactRow> rotations; ///< Into the area's communes (the commune's district at the start),
                                        ///< started on or before asOf, by start date.

    bool isProvince() const { return districtId.isEmpty(); }
    /// Communes of every group, in group order.
    int communeCount() const;
};

/// Gathers AreaSummary for a district or for the province.
class AreaSummaryService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AreaSummaryService)

public:
    explicit AreaSummaryService(Database& db) : m_db(db) {}

    /// A district as of a date; a district that did not exist on the date (districts ended on 30/6/2025) is an
    /// Error that says so.
    Result<AreaSummary> district(const QString& districtId, const QDate& asOf);
    /// The database's province as of a date. A database holding several provinces is an Error (make a district
    /// summary instead).
    Result<AreaSummary> province(const QDate& asOf);

private:
    Result<AreaSummary> gather(AreaSummary summary);
    Status fillGroups(AreaSummary& s);
    Status fillRecognitions(AreaSummary& s);
    Status fillRotations(AreaSummary& s);

    Database& m_db;
};

} // namespace ntm::core
