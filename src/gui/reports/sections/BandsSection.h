// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/review/ProvincialReview.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::gui {

/// Communes by band of criteria met, in the bands Vietnamese reports use (all met; 15 or more; 10–14; 5–9;
/// under 5): the provincial review's counts (core's MetBands rule), labelled as the review labels them for the
/// criteria in force (MetBands::labelFor), so the summary and the review cannot disagree.
class BandsSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::BandsSection)

public:
    /// `bands`: every band in MetBands::all() order; `criteriaInForce`: the review's ProvincialReview::criteriaInForce.
    BandsSection(QList<core::BandCount> bands, int criteriaInForce)
        : m_bands(std::move(bands)), m_criteriaInForce(criteriaInForce)
    {
    }
    void write(ReportBuilder& out) const override;

private:
    QList<core::BandCount> m_bands;
    int m_criteriaInForce;
};

} // namespace ntm::gui
