// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/MemberReport.h"

#include "reports/sections/MemberActionsSection.h"
#include "reports/sections/MemberVillagesSection.h"
#include "reports/sections/TitleSection.h"
#include "service/CommuneDashboard.h"
#include "service/followup/FollowUpService.h"

namespace ntm::gui {

using namespace ntm::core;

Result<Report> MemberReport::build(Database& db, const QString& communeId, const QString& personKey, const QDate& asOf,
                                   const QDate& printedOn)
{
    const auto summary = FollowUpService(db).memberSummary(communeId, personKey, asOf);
    if (!summary) {
        return summary.error();
    }
    // The commune as it was at the end of the member's time.
    const auto dashboard = CommuneDashboardService(db).load(communeId, summary.value().to);
    if (!dashboard) {
        return dashboard.error();
    }
    QStringList place;
    if (!dashboard.value().provinceName.isEmpty()) {
        place.append(tr("Province %1").arg(dashboard.value().provinceName));
    }
    if (!dashboard.value().districtName.isEmpty()) {
        place.append(tr("District %1").arg(dashboard.value().districtName));
    }
    return fromSummary(summary.value(), dashboard.value().title, place, printedOn);
}

Report MemberReport::fromSummary(const MemberSummary& s, const QString& communeTitle, const QStringList& place,
                                 const QDate& printedOn)
{
    Report report;
    report.header.kind = tr("Results of a working-group member");
    report.header.title = s.name;
    report.header.place = place;
    report.header.place.append(communeTitle);
    report.header.asOf = s.asOf;
    report.header.printedOn = printedOn;
    report.add(std::make_unique<TitleSection>(report.header));
    report.add(std::make_unique<MemberVillagesSection>(s));
    report.add(std::make_unique<MemberActionsSection>(s));
    return report;
}

} // namespace ntm::gui
