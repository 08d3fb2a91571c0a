// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/review/ProvincialReview.h"

#include <QCoreApplication>

namespace ntm::gui {

class BarLineChart;
class HorizontalBarChart;
class MultiLineChart;

/// Puts the provincial review's figures on our chart adapters, the one way the review view and the printed
/// district and province summaries draw them (as CommuneChart does for the commune's chart).
class ReviewCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::ReviewCharts)

public:
    /// The criteria the "most missed" chart shows; the table has them all.
    static constexpr int kMissedShown = 12;

    /// Bars: recognitions decided in each year; line: communes holding a recognition at the year's end.
    static void showRecognitions(BarLineChart& chart, const core::ProvincialReview& review);
    /// Average criteria met at each sample date, a line per district and the province's emphasised.
    static void showAverages(MultiLineChart& chart, const core::ProvincialReview& review);
    /// Communes per band of criteria met, labelled by MetBands::labelFor for the criteria in force.
    static void showBands(HorizontalBarChart& chart, const core::ProvincialReview& review);
    /// The kMissedShown criteria most communes miss, most missed at the top.
    static void showMissed(HorizontalBarChart& chart, const core::ProvincialReview& review);
    /// Criteria gained per year of tenure, rotated officials against the others.
    static void showComparison(HorizontalBarChart& chart, const core::ProvincialReview& review);
    /// The comparison's groups in a few words, for the chart's axis (the table has the full wording).
    static QString shortGroupLabel(const core::TenureGroup& group);
};

} // namespace ntm::gui
