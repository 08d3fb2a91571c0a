// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/CommuneChart.h"

#include "charts/StepChart.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

void CommuneChart::show(StepChart& chart, const CommuneDashboard& d)
{
    QList<StepChart::Point> points;
    int maximum = 1;
    for (const MetPoint& p : d.series) {
        points.append({p.date, static_cast<double>(p.met)});
        maximum = std::max(maximum, p.total);
    }
    QList<StepChart::Band> bands;
    for (const RotationImpactRow& r : d.officials) {
        bands.append({r.rotation.startDate, r.end.isValid() ? r.end : d.asOf, r.officialName});
    }
    QList<StepChart::Marker> markers;
    for (const Recognition& r : d.recognitions) {
        if (r.tier == RecognitionTier::Ntm && r.decidedOn <= d.asOf) {
            markers.append({r.decidedOn, tr("Recognised NTM %1").arg(dates::toDisplay(r.decidedOn))});
        }
    }
    chart.setTitle(tr("Criteria met over time – %1").arg(d.title));
    chart.setValueAxis(tr("Criteria met"), maximum);
    chart.setData(points, d.asOf, bands, markers, d.asOf);
}

} // namespace ntm::gui
