// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/AreaSummary.h"

#include <QCoreApplication>

namespace ntm::gui {

/// Every commune of the area on the date, by district in Vietnamese order: criteria met of the set in force,
/// and the NTM recognition it holds (UnitOverviewService, as the units view lists them).
class CommuneListSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::CommuneListSection)

public:
    CommuneListSection(QList<core::AreaGroup> groups, QHash<QString, QDate> recognisedOn)
        : m_groups(std::move(groups)), m_recognisedOn(std::move(recognisedOn))
    {
    }
    void write(ReportBuilder& out) const override;

private:
    QList<core::AreaGroup> m_groups;
    QHash<QString, QDate> m_recognisedOn;
};

} // namespace ntm::gui
