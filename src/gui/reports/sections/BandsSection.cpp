// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/BandsSection.h"

#include "reports/ReportBuilder.h"
#include "service/review/MetBands.h"

#include <QLocale>

namespace ntm::gui {

using namespace ntm::core;

void BandsSection::write(ReportBuilder& out) const
{
    out.heading(tr("Communes by criteria met"));
    int total = 0;
    for (const BandCount& b : m_bands) {
        total += b.communes;
    }
    using A = ReportColumn::Align;
    ReportTable table;
    table.columns = {{tr("Criteria met"), 56, A::Left}, {tr("Communes"), 22, A::Right}, {tr("Share"), 22, A::Right}};
    table.widthPercent = 65;
    for (const BandCount& b : m_bands) {
        table.rows.append(
            {MetBands::labelFor(b.band, m_criteriaInForce), QString::number(b.communes),
             total > 0 ? QStringLiteral("%1%").arg(QLocale().toString(100.0 * b.share, 'f', 1)) : QStringLiteral("–")});
    }
    ReportCell label(tr("Total"));
    label.bold = true;
    ReportCell sum(QString::number(total));
    sum.bold = true;
    table.rows.append({label, sum, QString()});
    out.table(table);
    out.note(tr("Bands are shares of the criteria in force: “15 or more” is three quarters of 19 or 20 criteria, "
                "8 or 9 of the ten criteria of 2026."));
}

} // namespace ntm::gui
