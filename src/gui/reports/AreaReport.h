// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"
#include "service/AreaSummary.h"
#include "service/review/ProvincialReview.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// The printed summary of a district or of the province as of a date: the figures, the communes by band of
/// criteria met, the districts (province), every commune with its criteria met and recognition, and the
/// rotations into the area; and the provincial review's figures for the same area (recognitions per year, average
/// criteria met per district for the province, the criteria most missed, the tenure comparison). Its data is core's
/// AreaSummary and ProvincialReview.
class AreaReport final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::AreaReport)

public:
    static core::Result<Report> district(core::Database& db, const QString& districtId, const QDate& asOf,
                                         const QDate& printedOn = QDate::currentDate());
    static core::Result<Report> province(core::Database& db, const QDate& asOf,
                                         const QDate& printedOn = QDate::currentDate());
    static Report fromSummary(const core::AreaSummary& s, const core::ProvincialReview& review, const QDate& printedOn);
};

} // namespace ntm::gui
