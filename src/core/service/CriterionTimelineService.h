// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CriterionTimeline.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// Builds a commune's criterion progress timeline as of a date from the services every other view uses: the
/// statuses come from ProgressService (the set in force from SetResolver, carry-over within a family and
/// through crosswalks), the name, recognitions and rotated officials from CommuneDashboardService. Nothing
/// here decides a status itself; it only asks "what was the standing on this day" on each day it can change.
///
/// The timeline starts on the commune's first day in the programme: its first day of existence when known,
/// not before the first criteria set; for a commune that existed "since before the records", on its first
/// assessment (else when the first set began). It ends on the as-of date, or on the commune's last day when it
/// was merged away before.
class CriterionTimelineService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CriterionTimelineService)

public:
    explicit CriterionTimelineService(Database& db) : m_db(db) {}

    /// The timeline of one commune identity; an unknown id or an invalid date is an Error.
    Result<CriterionTimeline> load(const QString& communeId, const QDate& asOf);

private:
    Database& m_db;
};

} // namespace ntm::core
