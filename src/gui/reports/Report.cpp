// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/Report.h"

#include "common/FileNames.h"
#include "reports/ReportBuilder.h"
#include "util/Dates.h"

#include <QCoreApplication>

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
    return fileNames::suggest({QCoreApplication::translate("ntm::gui::Report", "report"), header.title}, header.asOf,
                              QStringLiteral("pdf"));
}

} // namespace ntm::gui
