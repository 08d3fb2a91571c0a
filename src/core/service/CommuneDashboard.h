// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"
#include "domain/RecognitionHolding.h"
#include "domain/Review.h"
#include "domain/Units.h"
#include "service/CommuneLife.h"
#include "service/CommuneProgress.h"
#include "service/RotationImpact.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ntm::core {

class Database;

/// Everything the commune dashboard shows, as of a date.
struct CommuneDashboard
{
    QString communeId;
    QDate asOf;
    CommunePeriod period;  ///< The period on asOf (else the nearest, see Commune::periodOn).
    QString title;         ///< "Xã Đức Yên"
    QString districtName;  ///< District of that period, empty after 1/7/2025.
    QString districtTitle; ///< The same with its kind, as shown: "Thành phố Hà Tĩnh", "Thị xã Kỳ Anh".
    QString provinceName;
    QString provinceId;
    int targetYear = 0;
    CommuneLife life;                     ///< Where asOf falls in the commune's life; its predecessors, successors.
    QDate standingOn;                     ///< asOf; the last day of an ended commune; invalid before it was formed.
    CommuneProgress progress;             ///< ProgressService::communeProgress(communeId, standingOn).
    QList<Recognition> recognitions;      ///< All of the commune's own decisions, by date.
    std::optional<Recognition> activeNtm; ///< Its own NTM-tier decision active on asOf, if any.
    QList<Holding> held;                  ///< Tiers held on standingOn (RecognitionLedger), kept ones included.
    std::optional<Holding> ntm;           ///< The NTM holding shown for standingOn, if any.
    QString recognitionSet;               ///< Code of the set in force when `ntm` was dated ("QD1980-2016").
    QList<MetPoint> series;               ///< ProgressService::metOverTime(communeId, standingOn).
    QList<RotationImpactRow> officials;   ///< Rotations in this commune started on or before asOf, with impact.
    QList<ReviewMeeting> meetings;        ///< Held on or before asOf, newest first.
    QList<Village> villages;              ///< Villages existing on asOf (open validity counts as existing).
    QList<LineageLink> lineage;           ///< UnitStore::communeLineage, by date.
    bool illustrativeData = false;        ///< The database holds illustrative rows (IllustrativeData).
    bool groupIllustrative = false;       ///< The commune group shown (progress.group) is an illustrative row.
};

/// Gathers the commune dashboard from the existing stores and services, so the GUI view and `ntm-cli commune`
/// show the same figures as every other view (progress, rotation impact, recognitions) for the same date.
class CommuneDashboardService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CommuneDashboardService)

public:
    explicit CommuneDashboardService(Database& db) : m_db(db) {}

    /// The dashboard of one commune identity as of `asOf`; an unknown id or an invalid date is an Error.
    Result<CommuneDashboard> load(const QString& communeId, const QDate& asOf);

private:
    Database& m_db;
};

} // namespace ntm::core
