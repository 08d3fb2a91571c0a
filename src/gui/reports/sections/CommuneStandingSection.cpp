// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/CommuneStandingSection.h"

#include "reports/ReportBuilder.h"
#include "service/IllustrativeData.h"
#include "service/recognition/RecognitionText.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

CommuneStandingSection::CommuneStandingSection(const CommuneDashboard& d)
    : m_kind(d.period.kind), m_progress(d.progress), m_held(d.held), m_recognitionSet(d.recognitionSet),
      m_life(d.life.sentence()), m_standingOn(d.standingOn), m_groupIllustrative(d.groupIllustrative),
      m_targetYear(d.targetYear), m_villages(static_cast<int>(d.villages.size())),
      m_meetings(static_cast<int>(d.meetings.size()))
{
}

void CommuneStandingSection::write(ReportBuilder& out) const
{
    out.heading(tr("Standing"));
    if (!m_life.isEmpty()) {
        out.paragraph(m_standingOn.isValid()
                          ? tr("%1 Its last standing, on %2:").arg(m_life, dates::toDisplay(m_standingOn))
                          : m_life);
        if (!m_standingOn.isValid()) {
            return; // nothing was judged before it was formed
        }
    }
    QList<QPair<QString, QString>> facts;
    if (m_progress.setId.isEmpty()) {
        facts.append({tr("Criteria set"), tr("none in force on this date")});
    } else {
        QString set =
            tr("%1 (%2), since %3").arg(m_progress.setCode, m_progress.setName, dates::toDisplay(m_progress.setSince));
        if (m_progress.group > 0) {
            set += QStringLiteral(" · ") + tr("commune group %1").arg(m_progress.group);
            if (m_groupIllustrative) {
                set += QLatin1Char(' ') + IllustrativeData::mark();
            }
        }
        facts.append({tr("Criteria set"), set});
        facts.append({tr("Criteria met"), tr("%1 of %2 (basically met: %3)")
                                              .arg(m_progress.met)
                                              .arg(m_progress.total)
                                              .arg(m_progress.basicallyMet)});
    }
    QStringList held;
    for (const Holding& h : m_held) {
        held.append(RecognitionText::describe(h));
    }
    QString recognised = held.isEmpty() ? tr("not recognised on this date") : held.join(QStringLiteral("; "));
    const QString beside =
        RecognitionText::beside(m_recognitionSet, m_progress.setCode, m_progress.met, m_progress.total);
    if (!held.isEmpty() && !beside.isEmpty()) {
        recognised += QStringLiteral(" (") + beside + QLatin1Char(')');
    }
    facts.append({tr("Recognised"), recognised});
    facts.append({tr("Target year"), m_targetYear > 0 ? QString::number(m_targetYear) : QStringLiteral("–")});
    facts.append(
        {tr("Villages and meetings"), tr("%1 villages, %2 review meetings held").arg(m_villages).arg(m_meetings)});
    out.facts(facts);
    if (m_kind != CommuneKind::Xa) {
        out.note(tr("A ward or township: listed, but not judged by the NTM programme."));
    }
}

} // namespace ntm::gui
