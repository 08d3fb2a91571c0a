// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AreaReport.h"

#include "reports/sections/AreaFiguresSection.h"
#include "reports/sections/AveragesSection.h"
#include "reports/sections/BandsSection.h"
#include "reports/sections/CommuneListSection.h"
#include "reports/sections/DistrictTableSection.h"
#include "reports/sections/MissedCriteriaSection.h"
#include "reports/sections/OfficialsSection.h"
#include "reports/sections/RecognitionsSection.h"
#include "reports/sections/TenureComparisonSection.h"
#include "reports/sections/TitleSection.h"
#include "service/review/ProvincialReviewService.h"

namespace ntm::gui {

using namespace ntm::core;

namespace {
Result<Report> fromResults(const Result<AreaSummary>& summary, const Result<ProvincialReview>& review,
                           const QDate& printedOn)
{
    if (!summary) {
        return summary.error();
    }
    if (!review) {
        return review.error();
    }
    return AreaReport::fromSummary(summary.value(), review.value(), printedOn);
}

int otherUnits(const AreaSummary& s)
{
    int n = 0;
    for (const AreaGroup& g : s.groups) {
        n += static_cast<int>(g.overview.communes.size()) - g.overview.programmeCommunes();
    }
    return n;
}
} // namespace

Result<Report> AreaReport::district(Database& db, const QString& districtId, const QDate& asOf, const QDate& printedOn)
{
    const Result<AreaSummary> summary = AreaSummaryService(db).district(districtId, asOf);
    if (!summary) {
        return summary.error();
    }
    return fromResults(summary, ProvincialReviewService(db).review(asOf, districtId), printedOn);
}

Result<Report> AreaReport::province(Database& db, const QDate& asOf, const QDate& printedOn)
{
    const Result<AreaSummary> summary = AreaSummaryService(db).province(asOf);
    if (!summary) {
        return summary.error();
    }
    return fromResults(summary, ProvincialReviewService(db).review(asOf), printedOn);
}

Report AreaReport::fromSummary(const AreaSummary& s, const ProvincialReview& review, const QDate& printedOn)
{
    Report report;
    report.header.kind = s.isProvince() ? tr("Province summary of New Rural Development")
                                        : tr("District summary of New Rural Development");
    report.header.title = s.isProvince() ? tr("Province %1").arg(s.provinceName) : s.districtTitle;
    if (!s.isProvince() && !s.provinceName.isEmpty()) {
        report.header.place.append(tr("Province %1").arg(s.provinceName));
    }
    report.header.asOf = s.asOf;
    report.header.printedOn = printedOn;
    report.header.illustrative = review.illustrative;
    report.add(std::make_unique<TitleSection>(report.header));
    report.add(std::make_unique<AreaFiguresSection>(s.stats, static_cast<int>(s.rotations.size()), otherUnits(s)));
    report.add(std::make_unique<BandsSection>(review.bands, review.criteriaInForce));
    if (s.isProvince()) {
        report.add(std::make_unique<DistrictTableSection>(s.groups, s.stats, s.bandCounts, review.criteriaInForce));
    }
    report.add(std::make_unique<RecognitionsSection>(review));
    if (s.isProvince()) {
        report.add(std::make_unique<AveragesSection>(review));
    }
    report.add(std::make_unique<MissedCriteriaSection>(review));
    report.add(std::make_unique<TenureComparisonSection>(review));
    report.add(std::make_unique<CommuneListSection>(s.groups, s.recognisedOn));
    report.add(std::make_unique<OfficialsSection>(s.rotations, OfficialsSection::Columns::WithCommune));
    return report;
}

} // namespace ntm::gui
