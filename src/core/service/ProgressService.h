// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "service/CommuneProgress.h"
#include "service/SetResolver.h"
#include "store/AssessmentStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>

namespace ntm::core {

class Database;

/// Progress as of a date: each criterion's status for a commune (the latest event on or before the date,
/// under the set in force for that commune then, carried over from an older set of the same family or through
/// the province's crosswalk), counts met, and a commune's count-met over time.
class ProgressService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ProgressService)

public:
    /// Loads the sets, assignments and crosswalks once; reuse the service for many questions.
    static Result<ProgressService> create(Database& db);

    Result<CommuneProgress> communeProgress(const QString& communeId, const QDate& asOf);
    /// Full standing of many communes (id -> progress): one query per set in force (and crosswalked family), one
    /// index step per commune and criterion.
    Result<QHash<QString, CommuneProgress>> progressOf(const QList<CommuneRow>& communes, const QDate& asOf);
    /// Criteria met per commune (id -> count) for many communes, counted by SQLite.
    Result<QHash<QString, int>> metCounts(const QList<CommuneRow>& communes, const QDate& asOf);
    /// The dates where the commune's count met (or the set) changes, up to `until`, oldest first.
    Result<QList<MetPoint>> metOverTime(const QString& communeId, const QDate& until);
    /// metOverTime() from an already loaded history (oldest first); used for many communes at once.
    QList<MetPoint> metLine(const QString& communeId, const QString& provinceId, const QList<Assessment>& history,
                            const QDate& until) const;
    /// Count met on `date` from an already loaded history (oldest first); used for many dates of one commune.
    CommuneProgress evaluateHistory(const QString& communeId, const QString& provinceId,
                                    const QList<Assessment>& history, const QDate& date) const;

    const SetResolver& resolver() const { return m_resolver; }

    /// Evaluates a set against the latest events of one commune (key: family#number).
    CommuneProgress evaluate(const QString& communeId, const QString& provinceId, const QDate& asOf,
                             const QHash<QString, LatestEvent>& latest) const;

private:
    ProgressService(Database& db, SetResolver resolver) : m_db(&db), m_resolver(std::move(resolver)) {}
    Result<QString> provinceOf(const QString& communeId);

    /// Communes under one set on the date (nullptr: none yet), asked about together.
    struct SetGroup
    {
        const CriteriaSet* set = nullptr;
        QList<CommuneRow> communes;
        QStringList ids;
    };
    QList<SetGroup> groupBySet(const QList<CommuneRow>& communes, const QDate& asOf) const;
    /// The criteria numbers to read, by family, to evaluate `set`: its own, and those its crosswalk draws on.
    QHash<QString, QList<int>> criteriaRead(const CriteriaSet& set) const;

    struct CrosswalkLink
    {
        QString provinceId; ///< Empty: applies to every province.
        QString fromKey;    ///< family#number of the old criterion
    };

    Database* m_db;
    SetResolver m_resolver;
    QMultiHash<QString, CrosswalkLink> m_crosswalk; ///< new criterion id -> old criteria
};

} // namespace ntm::core
