// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/CommuneStandingSection.h"

#include "reports/ReportBuilder.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

CommuneStandingSection::CommuneStandingSection(const CommuneDashboard& d)
    : m_kind(d.period.kind), m_progress(d.progress), m_recognition(d.activeNtm), m_targetYear(d.targetYear),
      m_villages(static_cast<int>(d.villages.size())), m_meetings(static_cast<int>(d.meetings.size()))
{
}

void CommuneStandingSection::write(ReportBuilder& out) const
{
    out.heading(tr("Standing"));
    QList<QPair<QString, QString>> facts;
    if (m_progress.setId.isEmpty()) {
        facts.append({tr("Criteria set"), tr("none in force on this date")});
    } else {
        QString set =
            tr("%1 (%2), since %3").arg(m_progress.setCode, m_progress.setName, dates::toDisplay(m_progress.setSince));
        if (m_progress.group > 0) {
            set += QStringLiteral(" · ") + tr("commune group %1").arg(m_progress.group);
        }
        facts.append({tr("Criteria set"), set});
        facts.append({tr("Criteria met"), tr("%1 of %2 (basically met: %3)")
                                              .arg(m_progress.met)
                                              .arg(m_progress.total)
                                              .arg(m_progress.basicallyMet)});
    }
    facts.append(
        {tr("Recognised NTM"),
         m_recognition
             ? tr("on %1, decision %2").arg(dates::toDisplay(m_recognition->decidedOn), m_recognition->decisionNo)
             : tr("not recognised on this date")});
    facts.append({tr("Target year"), m_targetYear > 0 ? QString::number(m_targetYear) : QStringLiteral("–")});
    facts.append(
        {tr("Villages and meetings"), tr("%1 villages, %2 review meetings held").arg(m_villages).arg(m_meetings)});
    out.facts(facts);
    if (m_kind != CommuneKind::Xa) {
        out.note(tr("A ward or township: listed, but not judged by the NTM programme."));
    }
}

} // namespace ntm::gui
