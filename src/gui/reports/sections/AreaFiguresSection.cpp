// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/AreaFiguresSection.h"

#include "reports/ReportBuilder.h"

#include <QLocale>

namespace ntm::gui {

namespace {
QString percent(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(QLocale().toString(100.0 * part / whole, 'f', 1))
                     : QStringLiteral("–");
}
} // namespace

void AreaFiguresSection::write(ReportBuilder& out) const
{
    out.heading(tr("Figures"));
    out.facts(
        {{tr("Communes (xã)"), QString::number(m_stats.communes)},
         {tr("Recognised NTM"),
          tr("%1 (%2 of the communes)").arg(m_stats.recognised).arg(percent(m_stats.recognised, m_stats.communes))},
         {tr("Average criteria met"), QLocale().toString(m_stats.averageMet, 'f', 1)},
         {tr("Rotations of officials"), tr("%1 started by this date").arg(m_rotations)}});
    if (m_otherUnits > 0) {
        out.note(tr("Besides, %n ward(s) and township(s): listed below, not judged by the NTM programme.", "",
                    m_otherUnits));
    }
}

} // namespace ntm::gui
