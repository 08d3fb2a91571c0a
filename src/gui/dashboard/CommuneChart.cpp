// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/CommuneChart.h"

#include "charts/StepChart.h"
#include "util/Dates.h"

#include <algorithm>

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
    // A commune that merged away ends on its last day: the line stops there instead of falling under a later set.
    const QDate end = d.standingOn.isValid() ? d.standingOn : d.asOf;
    QList<StepChart::Band> bands;
    for (const RotationImpactRow& r : d.officials) {
        bands.append({r.rotation.startDate, r.end.isValid() ? std::min(r.end, end) : end, r.officialName});
    }
    QList<StepChart::Marker> markers;
    for (const Recognition& r : d.recognitions) {
        if (r.tier == RecognitionTier::Ntm && r.decidedOn <= end) {
            markers.append({r.decidedOn, tr("Recognised NTM %1").arg(dates::toDisplay(r.decidedOn))});
        }
    }
    for (const Holding& h : d.held) {
        if (h.tier == RecognitionTier::Ntm && h.basis == HoldingBasis::KeptThroughMerger) {
            markers.append({h.from, tr("NTM kept through the merger of %1").arg(dates::toDisplay(h.from))});
        }
    }
    chart.setTitle(tr("Criteria met over time – %1").arg(d.title));
    chart.setValueAxis(tr("Criteria met"), maximum);
    chart.setData(points, end, bands, markers, end);
}

} // namespace ntm::gui
