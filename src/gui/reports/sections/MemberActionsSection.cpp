// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/MemberActionsSection.h"

#include "common/Palette.h"
#include "reports/ReportBuilder.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

void MemberActionsSection::write(ReportBuilder& out) const
{
    const ActionCounts& c = m_s.actionCounts;
    out.heading(tr("Actions of review meetings"));
    out.facts({{tr("Actions answered for"), QString::number(c.total())},
               {tr("Done"), tr("%1 (of which %2 late)").arg(c.done).arg(c.doneLate)},
               {tr("Not done"), QString::number(c.notDone)},
               {tr("Open on %1").arg(dates::toDisplay(m_s.asOf)),
                tr("%1 (of which %2 overdue)").arg(c.open).arg(c.overdue)}});

    out.heading(tr("Criteria the actions concerned"));
    using A = ReportColumn::Align;
    ReportTable table;
    table.columns = {{tr("Criterion"), 40, A::Left},
                     {tr("Actions"), 10, A::Right},
                     {tr("Done"), 10, A::Right},
                     {tr("Late"), 9, A::Right},
                     {tr("Not done"), 10, A::Right},
                     {tr("Open"), 8, A::Right},
                     {tr("Status at the end"), 13, A::Left}};
    table.emptyText = tr("None of this member's actions named a criterion.");
    for (const MemberCriterion& mc : m_s.criteria) {
        table.rows.append({mc.label, QString::number(mc.counts.total()), QString::number(mc.counts.done),
                           QString::number(mc.counts.doneLate), QString::number(mc.counts.notDone),
                           QString::number(mc.counts.open),
                           ReportCell(Vocabulary::label(mc.status), palette::status(mc.status))});
    }
    out.table(table);
    out.note(tr("Counted up to %1. Late: done after the due date. Status at the end: the criterion's status on %2, "
                "the last day of this member's time in the groups (or the date of the data).")
                 .arg(dates::toDisplay(m_s.asOf), dates::toDisplay(m_s.to)));
}

} // namespace ntm::gui
