// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/CommuneDashboard.h"

#include <QCoreApplication>

namespace ntm::gui {

/// Where a commune stands on the date: the criteria set in force (and the group), criteria met, the NTM
/// recognition, the target year.
class CommuneStandingSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::CommuneStandingSection)

public:
    explicit CommuneStandingSection(const core::CommuneDashboard& d);
    void write(ReportBuilder& out) const override;

private:
    core::CommuneKind m_kind;
    core::CommuneProgress m_progress;
    QList<core::Holding> m_held;
    QString m_recognitionSet;
    QString m_life;
    QDate m_standingOn;
    bool m_groupIllustrative;
    int m_targetYear;
    int m_villages;
    int m_meetings;
};

} // namespace ntm::gui
