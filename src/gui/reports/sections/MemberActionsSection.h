// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/followup/MemberSummary.h"

#include <QCoreApplication>

namespace ntm::gui {

/// The actions of review meetings the member answered for (done on time, late, not done, still open and overdue)
/// and the commune's criteria those actions concerned, with where each criterion stood at the end of their time.
class MemberActionsSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::MemberActionsSection)

public:
    explicit MemberActionsSection(core::MemberSummary s) : m_s(std::move(s)) {}
    void write(ReportBuilder& out) const override;

private:
    core::MemberSummary m_s;
};

} // namespace ntm::gui
