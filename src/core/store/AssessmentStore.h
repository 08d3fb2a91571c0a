// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace ntm::core {

class Database;

/// The latest event of one (commune, criterion family, criterion number) on or before a date.
struct LatestEvent
{
    QString assessmentId;
    QString setId;
    int criterionNumber = 0;
    QDate assessedOn;
    CriterionStatus status = CriterionStatus::NotAssessed;
    QString recordedBy;
    QString note;
};

/// Assessment events (append-only) with their indicator values.
class AssessmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AssessmentStore)

public:
    explicit AssessmentStore(Database& db) : m_db(db) {}

    /// Inserts the event and its values; fills id, seq, recordedAt (and recordedBy when empty).
    Status insert(Assessment& a);
    /// Removes an event that was just recorded (undo); the audit log keeps it.
    Status remove(const QString& id);

    /// For each commune (all when `communeIds` is empty) and each (family, number): the latest event on or
    /// before `asOf`. Key of the inner hash: family + '#' + number.
    Result<QHash<QString, QHash<QString, LatestEvent>>> latestAsOf(const QDate& asOf,
                                                                   const QStringList& communeIds = {});
    /// The latest event on or before `asOf` of each commune of `communeIds` and each criterion `numbers` of
    /// `family` (key of the inner hash as in latestAsOf()): one step down the index assessment_latest per commune
    /// and criterion, however many events the database holds.
    Result<QHash<QString, QHash<QString, LatestEvent>>> latestOf(const QStringList& communeIds, const QString& family,
                                                                 const QList<int>& numbers, const QDate& asOf);
    /// How many of the criteria `numbers` of `family` each commune meets on `asOf`, counted by SQLite the same way.
    Result<QHash<QString, int>> metCountsOf(const QStringList& communeIds, const QString& family,
                                            const QList<int>& numbers, const QDate& asOf);
    /// Every event of a commune, oldest first (for timelines and histories).
    Result<QList<Assessment>> historyOf(const QString& communeId);
    /// Every event on or before `until` of every commune (commune id -> events, oldest first), in one query.
    Result<QHash<QString, QList<Assessment>>> historiesUntil(const QDate& until);
    Result<qint64> count();
    /// The date of the earliest event; invalid when there is none.
    Result<QDate> firstDate();
    /// Indicator values of the given events (event id -> values).
    Result<QHash<QString, QList<IndicatorValue>>> valuesOf(const QStringList& assessmentIds);

    static QString eventKey(const QString& family, int number)
    {
        return family + QLatin1Char('#') + QString::number(number);
    }

private:
    Database& m_db;
    qint64 m_nextSeq = 1;
};

} // namespace ntm::core
