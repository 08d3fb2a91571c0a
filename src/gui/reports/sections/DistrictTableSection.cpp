// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/DistrictTableSection.h"

#include "reports/ReportBuilder.h"
#include "service/review/MetBands.h"

#include <QLocale>

namespace ntm::gui {

using namespace ntm::core;

namespace {
QList<ReportCell> rowOf(const QString& name, const ProgressStats& stats, const QList<int>& bands, bool bold)
{
    QList<ReportCell> row{name, QString::number(stats.communes), QString::number(stats.recognised),
                          QLocale().toString(stats.averageMet, 'f', 1)};
    for (int n : bands) {
        row.append(QString::number(n));
    }
    for (ReportCell& c : row) {
        c.bold = bold;
    }
    return row;
}
} // namespace

void DistrictTableSection::write(ReportBuilder& out) const
{
    out.heading(tr("By district"));
    using A = ReportColumn::Align;
    ReportTable table;
    // The band columns follow MetBands::all(): all met, 15 or more, 10–14, 5–9, under 5 — for the 19 or 20 criteria
    // the reports count; for another set (ten since 2026) the counts each band stands for ("8–9").
    const bool reportWords = m_criteriaInForce <= 0 || m_criteriaInForce == 19 || m_criteriaInForce == 20;
    const auto band = [&](MetBand b, const QString& words) {
        return reportWords ? words : MetBands::rangeFor(b, m_criteriaInForce);
    };
    table.columns = {{tr("District"), 25, A::Left},
                     {tr("Communes"), 9, A::Right},
                     {tr("Recognised NTM"), 11, A::Right},
                     {tr("Average met"), 10, A::Right},
                     {tr("All met"), 9, A::Right},
                     {band(MetBand::FifteenOrMore, tr("15 or more")), 9, A::Right},
                     {band(MetBand::TenToFourteen, tr("10–14")), 9, A::Right},
                     {band(MetBand::FiveToNine, tr("5–9")), 9, A::Right},
                     {band(MetBand::UnderFive, tr("Under 5")), 9, A::Right}};
    for (const AreaGroup& g : m_groups) {
        table.rows.append(rowOf(g.overview.title, g.stats, g.bandCounts, false));
    }
    if (m_groups.size() > 1) {
        table.rows.append(rowOf(tr("Province"), m_total, m_totalBands, true));
    }
    out.table(table);
}

} // namespace ntm::gui
