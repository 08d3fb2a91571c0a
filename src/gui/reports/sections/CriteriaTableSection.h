// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/CommuneProgress.h"

#include <QCoreApplication>

namespace ntm::gui {

/// The criteria of the set in force with each one's status on the date, coloured as on the criteria board, and
/// the date it was assessed (or carried over from an older set).
class CriteriaTableSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::CriteriaTableSection)

public:
    explicit CriteriaTableSection(core::CommuneProgress progress) : m_progress(std::move(progress)) {}
    void write(ReportBuilder& out) const override;

private:
    core::CommuneProgress m_progress;
};

} // namespace ntm::gui
