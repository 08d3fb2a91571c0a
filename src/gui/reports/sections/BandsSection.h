// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::gui {

/// Communes by band of criteria met, in the bands Vietnamese reports use (all met; 15 or more; 10–14; 5–9;
/// under 5), from core's MetBands rule.
class BandsSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::BandsSection)

public:
    /// `counts`: communes per band in MetBands::all() order; `criteriaInForce`: the number of criteria most
    /// communes are assessed against (the review's), so the bands read as the review's (MetBands::labelFor).
    BandsSection(QList<int> counts, int criteriaInForce)
        : m_counts(std::move(counts)), m_criteriaInForce(criteriaInForce)
    {
    }
    void write(ReportBuilder& out) const override;

private:
    QList<int> m_counts;
    int m_criteriaInForce;
};

} // namespace ntm::gui
