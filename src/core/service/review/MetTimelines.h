// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"
#include "service/CommuneProgress.h"
#include "util/Result.h"

#include <QHash>
#include <QList>

namespace ntm::core {

class Database;
class ProgressService;

/// Criteria met by any commune on any date up to `until`, read from the commune's count-met line
/// (ProgressService::metLine(), the same as metOverTime()), so that asking for a date is a lookup, not an
/// evaluation. Every history is read in one query; a commune's line is built the first time it is asked for.
class MetTimelines final
{
public:
    /// `progress` must outlive the timelines.
    static Result<MetTimelines> load(Database& db, const ProgressService& progress, const QDate& until);

    /// Met and total on `date` (not after `until`); zero of zero before any set applies or for an unknown commune.
    MetPoint at(const QString& communeId, const QDate& date) const;

private:
    MetTimelines(const ProgressService& progress, const QDate& until) : m_progress(&progress), m_until(until) {}
    const QList<MetPoint>& line(const QString& communeId) const;

    const ProgressService* m_progress;
    QDate m_until;
    QHash<QString, QString> m_provinces; ///< commune -> province
    QHash<QString, QList<Assessment>> m_histories;
    mutable QHash<QString, QList<MetPoint>> m_lines;
};

} // namespace ntm::core
