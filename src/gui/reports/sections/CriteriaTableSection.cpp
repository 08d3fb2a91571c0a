// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/CriteriaTableSection.h"

#include "board/BoardModel.h"
#include "reports/ReportBuilder.h"
#include "util/Dates.h"

#include <algorithm>

namespace ntm::gui {

using namespace ntm::core;

void CriteriaTableSection::write(ReportBuilder& out) const
{
    out.heading(m_progress.setCode.isEmpty()
                    ? tr("Criteria on %1").arg(dates::toDisplay(m_progress.asOf))
                    : tr("Criteria on %1 (set %2)").arg(dates::toDisplay(m_progress.asOf), m_progress.setCode));
    ReportTable table;
    table.columns = {{tr("No."), 6, ReportColumn::Align::Right},
                     {tr("Criterion"), 47, ReportColumn::Align::Left},
                     {tr("Status"), 14, ReportColumn::Align::Center},
                     {tr("Date assessed"), 14, ReportColumn::Align::Center},
                     {tr("Carried over from"), 19, ReportColumn::Align::Left}};
    table.emptyText = tr("No criteria set applies to this commune on this date.");
    for (const CriterionState& s : m_progress.criteria) {
        table.rows.append(
            {QString::number(s.number), s.name, ReportCell(Vocabulary::label(s.status), BoardModel::colour(s.status)),
             s.assessedOn.isValid() ? dates::toDisplay(s.assessedOn) : QStringLiteral("–"), s.carriedFromSet});
    }
    out.table(table);
    if (std::any_of(m_progress.criteria.cbegin(), m_progress.criteria.cend(),
                    [](const CriterionState& s) { return !s.carriedFromSet.isEmpty(); })) {
        out.note(tr("Carried over: the status assessed under an older set of the same criteria stands until the "
                    "commune is assessed under the set in force."));
    }
}

} // namespace ntm::gui
