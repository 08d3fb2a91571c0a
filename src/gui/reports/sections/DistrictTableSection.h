// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/AreaSummary.h"

#include <QCoreApplication>

namespace ntm::gui {

/// The province summary's table of districts: communes, recognised NTM, average criteria met and the communes
/// in each band of criteria met, one row per district (or one row for the communes directly under the province).
class DistrictTableSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::DistrictTableSection)

public:
    /// `criteriaInForce`: the criteria of the set in force, which the band columns are labelled for (19 or 20: the
    /// reports' "15 or more"…; 10: "8–9"…).
    DistrictTableSection(QList<core::AreaGroup> groups, core::ProgressStats total, QList<int> totalBands,
                         int criteriaInForce)
        : m_groups(std::move(groups)), m_total(std::move(total)), m_totalBands(std::move(totalBands)),
          m_criteriaInForce(criteriaInForce)
    {
    }
    void write(ReportBuilder& out) const override;

private:
    QList<core::AreaGroup> m_groups;
    core::ProgressStats m_total;
    QList<int> m_totalBands;
    int m_criteriaInForce = 0;
};

} // namespace ntm::gui
