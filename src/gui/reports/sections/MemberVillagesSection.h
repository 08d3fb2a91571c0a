// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/followup/MemberSummary.h"

#include <QCoreApplication>

namespace ntm::gui {

/// Who the member is in the commune's working groups (memberships, time, position) and the villages they answered
/// for, with each village's progress over that time: model residential area, model gardens at the start and end.
class MemberVillagesSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::MemberVillagesSection)

public:
    explicit MemberVillagesSection(core::MemberSummary s) : m_s(std::move(s)) {}
    void write(ReportBuilder& out) const override;

private:
    core::MemberSummary m_s;
};

} // namespace ntm::gui
