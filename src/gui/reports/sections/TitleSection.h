// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"
#include "reports/ReportSection.h"

#include <QCoreApplication>

namespace ntm::gui {

/// The title block: what the report is, of which unit and where it lies, the date of the data ("Số liệu tính
/// đến ngày …") and the day it was printed.
class TitleSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::TitleSection)

public:
    explicit TitleSection(ReportHeader header) : m_header(std::move(header)) {}
    void write(ReportBuilder& out) const override;

private:
    ReportHeader m_header;
};

} // namespace ntm::gui
