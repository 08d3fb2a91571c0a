// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/Report.h"

#include "reports/ReportBuilder.h"
#include "util/Dates.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ntm::gui {

void Report::add(std::unique_ptr<ReportSection> section)
{
    m_sections.push_back(std::move(section));
}

void Report::write(ReportBuilder& out) const
{
    for (const auto& section : m_sections) {
        section->write(out);
    }
}

QString Report::footerText() const
{
    return QCoreApplication::translate("ntm::gui::Report", "%1 · data as of %2")
        .arg(header.title, core::dates::toDisplay(header.asOf));
}

QString Report::suggestedFileName() const
{
    // Folded to ASCII: a file name that survives e-mail, USB sticks and old Windows machines.
    QString base =
        core::text::fold(QCoreApplication::translate("ntm::gui::Report", "report") + QLatin1Char(' ') + header.title);
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return base + QLatin1Char('-') + core::dates::toIso(header.asOf) + QStringLiteral(".pdf");
}

} // namespace ntm::gui
