// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/StatsService.h"

#include <QCoreApplication>

namespace ntm::gui {

/// The headline figures of a district or the province on the date (StatsService, as `ntm-cli stats`): communes
/// judged by the programme, recognised NTM, average criteria met.
class AreaFiguresSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::AreaFiguresSection)

public:
    AreaFiguresSection(core::ProgressStats stats, int rotations, int otherUnits)
        : m_stats(std::move(stats)), m_rotations(rotations), m_otherUnits(otherUnits)
    {
    }
    void write(ReportBuilder& out) const override;

private:
    core::ProgressStats m_stats;
    int m_rotations;
    int m_otherUnits; ///< Wards and townships: listed by the units view, not judged by the programme.
};

} // namespace ntm::gui
