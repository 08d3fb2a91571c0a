// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CommuneReport.h"

#include "reports/sections/CommuneChartSection.h"
#include "reports/sections/CommuneStandingSection.h"
#include "reports/sections/CriteriaTableSection.h"
#include "reports/sections/OfficialsSection.h"
#include "reports/sections/TimelineSection.h"
#include "reports/sections/TitleSection.h"
#include "service/CriterionTimelineService.h"

namespace ntm::gui {

using namespace ntm::core;

Result<Report> CommuneReport::build(Database& db, const QString& communeId, const QDate& asOf, const QDate& printedOn)
{
    auto dashboard = CommuneDashboardService(db).load(communeId, asOf);
    if (!dashboard) {
        return dashboard.error();
    }
    auto timeline = CriterionTimelineService(db).load(communeId, asOf);
    if (!timeline) {
        return timeline.error();
    }
    return fromDashboard(dashboard.value(), timeline.value(), printedOn);
}

Report CommuneReport::fromDashboard(const CommuneDashboard& d, const CriterionTimeline& timeline,
                                    const QDate& printedOn)
{
    Report report;
    report.header.kind = tr("Report on New Rural Development and rotated officials");
    report.header.title = d.title;
    if (!d.provinceName.isEmpty()) {
        report.header.place.append(tr("Province %1").arg(d.provinceName));
    }
    if (!d.districtTitle.isEmpty()) {
        report.header.place.append(d.districtTitle);
    }
    report.header.asOf = d.asOf;
    report.header.printedOn = printedOn;
    report.header.illustrative = d.illustrativeData;
    report.add(std::make_unique<TitleSection>(report.header));
    report.add(std::make_unique<CommuneStandingSection>(d));
    report.add(std::make_unique<CommuneChartSection>(d));
    report.add(std::make_unique<OfficialsSection>(d.officials, OfficialsSection::Columns::ForCommune));
    report.add(std::make_unique<CriteriaTableSection>(d.progress));
    report.add(std::make_unique<TimelineSection>(timeline));
    return report;
}

} // namespace ntm::gui
