// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/CommuneListSection.h"

#include "board/BoardModel.h"
#include "reports/ReportBuilder.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

void CommuneListSection::write(ReportBuilder& out) const
{
    using A = ReportColumn::Align;
    for (const AreaGroup& g : m_groups) {
        out.heading(m_groups.size() > 1 ? tr("Communes of %1").arg(g.overview.title) : tr("Communes"));
        ReportTable table;
        table.columns = {{tr("No."), 6, A::Right},
                         {tr("Commune"), 34, A::Left},
                         {tr("Criteria met"), 14, A::Center},
                         {tr("Criteria set"), 20, A::Left},
                         {tr("Recognised NTM"), 26, A::Center}};
        int number = 0;
        for (const CommuneOverview& c : g.overview.communes) {
            QList<ReportCell> row{QString::number(++number), c.commune.title()};
            if (!c.inProgramme) {
                row += {QStringLiteral("–"), tr("not in the programme"), QString()};
            } else {
                const QDate on = m_recognisedOn.value(c.commune.id);
                row += {QStringLiteral("%1/%2").arg(c.met).arg(c.total), c.setCode,
                        on.isValid() ? ReportCell(dates::toDisplay(on), BoardModel::colour(CriterionStatus::Met))
                                     : ReportCell()};
            }
            table.rows.append(row);
        }
        out.table(table);
    }
}

} // namespace ntm::gui
