// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"
#include "service/CommuneDashboard.h"
#include "service/CriterionTimeline.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// The printed report of one commune as of a date: title block, standing, criteria table, the officials who
/// served, the criteria-met chart with their tenures, and the criterion timeline. Its data is the commune
/// dashboard's (CommuneDashboardService) and the timeline's (CriterionTimelineService), so the paper says what the
/// screen and `ntm-cli commune` say.
class CommuneReport final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::CommuneReport)

public:
    static core::Result<Report> build(core::Database& db, const QString& communeId, const QDate& asOf,
                                      const QDate& printedOn = QDate::currentDate());
    static Report fromDashboard(const core::CommuneDashboard& d, const core::CriterionTimeline& timeline,
                                const QDate& printedOn);
};

} // namespace ntm::gui
