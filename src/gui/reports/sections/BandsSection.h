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
    /// `counts`: communes per band in MetBands::all() order.
    explicit BandsSection(QList<int> counts) : m_counts(std::move(counts)) {}
    void write(ReportBuilder& out) const override;

private:
    QList<int> m_counts;
};

} // namespace ntm::gui
