// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/OfficialsSection.h"

#include "reports/ReportBuilder.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

namespace {
QString gain(int gained)
{
    return gained > 0 ? QStringLiteral("+%1").arg(gained) : QString::number(gained);
}
} // namespace

void OfficialsSection::write(ReportBuilder& out) const
{
    const bool withCommune = m_columns == Columns::WithCommune;
    out.heading(withCommune ? tr("Rotations into the communes") : tr("Rotated officials who served here"));
    using A = ReportColumn::Align;
    ReportTable table;
    table.columns = {{tr("Official"), withCommune ? 15 : 18, A::Left}};
    if (withCommune) {
        table.columns.append({tr("Commune"), 12, A::Left});
    }
    table.columns += {{tr("Position"), withCommune ? 20 : 27, A::Left},
                      {tr("Start"), 11, A::Center},
                      {tr("End"), 11, A::Center},
                      {tr("At start"), 7, A::Right},
                      {tr("At end"), 8, A::Right},
                      {tr("Gain"), 6, A::Right},
                      {tr("Months to NTM"), withCommune ? 10 : 12, A::Right}};
    table.emptyText = tr("No rotated official served here by this date.");
    for (const RotationImpactRow& r : m_rows) {
        QList<ReportCell> row{r.officialName};
        if (withCommune) {
            row.append(r.communeName);
        }
        row += {QStringLiteral("%1 (%2)").arg(r.rotation.toPosition, Vocabulary::label(r.rotation.kind)),
                dates::toDisplay(r.rotation.startDate),
                r.end.isValid() ? dates::toDisplay(r.end) : tr("serving"),
                QStringLiteral("%1/%2").arg(r.metAtStart).arg(r.totalAtStart),
                QStringLiteral("%1/%2").arg(r.metAtEnd).arg(r.totalAtEnd),
                r.setChanged ? RotationImpactService::gainText(r) : gain(r.gained),
                r.monthsToRecognition ? QString::number(*r.monthsToRecognition) : QStringLiteral("–")};
        table.rows.append(row);
    }
    out.table(table);
    if (!m_rows.isEmpty()) {
        out.note(tr("At start, at end: criteria met when the term started and when it ended (on the date of the "
                    "data while it runs). Months to NTM: from the start of the term to the commune's NTM "
                    "recognition."));
    }
}

} // namespace ntm::gui
