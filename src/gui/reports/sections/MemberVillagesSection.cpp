// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/MemberVillagesSection.h"

#include "reports/ReportBuilder.h"
#include "service/WorkingGroupRules.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

void MemberVillagesSection::write(ReportBuilder& out) const
{
    out.heading(tr("Memberships"));
    QList<QPair<QString, QString>> facts;
    facts.append({tr("Position"), m_s.position.isEmpty() ? QStringLiteral("–") : m_s.position});
    for (const GroupMember& m : m_s.memberships) {
        facts.append({tr("Working group"), tr("%1 – %2, %3")
                                               .arg(m_s.groupNames.value(m.groupId), Vocabulary::label(m.role),
                                                    WorkingGroupRules::periodText(m.validFrom, m.validTo))});
    }
    facts.append({tr("Time in the groups"),
                  QStringLiteral("%1 – %2").arg(dates::toDisplay(m_s.from), dates::toDisplay(m_s.to))});
    out.facts(facts);

    out.heading(tr("Villages answered for"));
    using A = ReportColumn::Align;
    ReportTable table;
    table.columns = {{tr("Village"), 18, A::Left},
                     {tr("Group"), 20, A::Left},
                     {tr("From"), 11, A::Center},
                     {tr("To"), 11, A::Center},
                     {tr("Model residential area"), 18, A::Left},
                     {tr("Model gardens"), 22, A::Right}};
    table.emptyText = tr("No village was in this member's charge.");
    for (const MemberVillage& v : m_s.villages) {
        QString area = QStringLiteral("–");
        if (v.area) {
            area = tr("since %1").arg(dates::toDisplay(v.area->decidedOn));
            if (v.areaDuring) {
                area += QStringLiteral(" ✓");
            }
        }
        table.rows.append({v.throughGroup ? tr("%1 (through the group)").arg(v.name) : v.name, v.group,
                           dates::toDisplay(v.from), dates::toDisplay(v.to), area,
                           tr("%1 → %2 (%3%4)")
                               .arg(v.gardensAtStart)
                               .arg(v.gardensAtEnd)
                               .arg(v.gardensAtEnd >= v.gardensAtStart ? QStringLiteral("+") : QString())
                               .arg(v.gardensAtEnd - v.gardensAtStart)});
    }
    out.table(table);
    out.note(tr("%n village(s) recognised as model residential areas during this member's time (✓); %1 model "
                "gardens gained.",
                "", m_s.villagesRecognisedDuring())
                 .arg(m_s.gardensGained()));
}

} // namespace ntm::gui
