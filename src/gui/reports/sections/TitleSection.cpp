// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/sections/TitleSection.h"

#include "reports/ReportBuilder.h"
#include "util/Dates.h"

namespace ntm::gui {

void TitleSection::write(ReportBuilder& out) const
{
    out.kind(m_header.kind);
    out.title(m_header.title);
    if (!m_header.place.isEmpty()) {
        out.subtitle(m_header.place.join(QStringLiteral(" · ")));
    }
    out.subtitle(tr("Data as of %1 · printed on %2")
                     .arg(core::dates::toDisplay(m_header.asOf), core::dates::toDisplay(m_header.printedOn)));
}

} // namespace ntm::gui
