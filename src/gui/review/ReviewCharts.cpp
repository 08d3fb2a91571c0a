// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewCharts.h"

#include "charts/BarLineChart.h"
#include "charts/HorizontalBarChart.h"
#include "charts/MultiLineChart.h"
#include "service/review/ReviewTables.h"

#include <algorithm>
#include <cmath>

namespace ntm::gui {

using namespace ntm::core;

namespace {
QString shortened(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

QStringList missedLabels(const QList<MissedCriterion>& missed)
{
    bool severalSets = false;
    for (const MissedCriterion& m : missed) {
        severalSets = severalSets || m.setCode != missed.constFirst().setCode;
    }
    QStringList out;
    for (const MissedCriterion& m : missed.mid(0, ReviewCharts::kMissedShown)) {
        const QString label = QStringLiteral("%1. %2").arg(m.number).arg(shortened(m.name, 30));
        out.append(severalSets ? m.setCode + QStringLiteral(" ") + label : label);
    }
    return out;
}
} // namespace

QString ReviewCharts::shortGroupLabel(const TenureGroup& g)
{
    if (g.side == TenureGroup::Side::Rotated) {
        return g.onlyWithCriteriaLeft ? tr("Rotated, criteria left") : tr("Rotated official");
    }
    return g.onlyWithCriteriaLeft ? tr("None, criteria left") : tr("No rotated official");
}

void ReviewCharts::showRecognitions(BarLineChart& chart, const ProvincialReview& review)
{
    QStringList years;
    QList<double> recognised;
    QList<double> cumulative;
    for (const RecognitionYear& y : review.recognitions) {
        years.append(QString::number(y.year));
        recognised.append(y.recognised);
        cumulative.append(y.cumulative);
    }
    chart.setData(years, tr("Recognised in the year"), recognised, tr("Recognised, cumulative"), cumulative);
}

void ReviewCharts::showAverages(MultiLineChart& chart, const ProvincialReview& review)
{
    const QList<QDate>& samples = review.sampleDates;
    QStringList sampleYears;
    for (const QDate& d : samples) {
        sampleYears.append(QString::number(d.year()));
    }
    QList<MultiLineChart::Series> lines;
    double most = 1;
    for (const AverageSeries& s : review.averages) {
        MultiLineChart::Series line{s.name, QList<std::optional<double>>(samples.size()), s.districtId.isEmpty()};
        for (const AveragePoint& p : s.points) {
            const qsizetype at = samples.indexOf(p.date);
            if (at >= 0) {
                line.values[at] = ReviewTables::rounded(p.averageMet, 2);
            }
            most = std::max(most, p.averageTotal);
        }
        lines.append(line);
    }
    chart.setData(sampleYears, lines, std::ceil(most));
}

void ReviewCharts::showBands(HorizontalBarChart& chart, const ProvincialReview& review)
{
    QStringList bandLabels;
    QList<double> bandCounts;
    for (const BandCount& b : review.bands) {
        bandLabels.append(MetBands::labelFor(b.band, review.criteriaInForce));
        bandCounts.append(b.communes);
    }
    chart.setData(bandLabels, tr("Communes"), bandCounts);
}

void ReviewCharts::showMissed(HorizontalBarChart& chart, const ProvincialReview& review)
{
    QList<double> missing;
    for (const MissedCriterion& m : review.missed.mid(0, kMissedShown)) {
        missing.append(m.missing);
    }
    chart.setData(missedLabels(review.missed), tr("Communes not meeting it"), missing);
}

void ReviewCharts::showComparison(HorizontalBarChart& chart, const ProvincialReview& review)
{
    QStringList groups;
    QList<double> rates;
    for (const TenureGroup& g : review.comparison) {
        groups.append(shortGroupLabel(g));
        rates.append(ReviewTables::rounded(g.perYear(), 2));
    }
    chart.setData(groups, tr("Criteria gained per year"), rates, 2);
}

} // namespace ntm::gui
