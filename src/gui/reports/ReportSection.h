// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ntm::gui {

class ReportBuilder;

/// One part of a printed report (the title block, the criteria table, a chart...). A section holds the data it
/// shows, taken from core when the report is built, and writes itself through ReportBuilder; a report is a list
/// of sections, so a new figure (the provincial review's, the criterion timeline) is one more class.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    virtual void write(ReportBuilder& out) const = 0;
};

} // namespace ntm::gui
