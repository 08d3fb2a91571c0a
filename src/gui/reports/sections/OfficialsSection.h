// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportSection.h"
#include "service/RotationImpact.h"

#include <QCoreApplication>

namespace ntm::gui {

/// Rotated officials with their terms and what happened meanwhile: criteria met at the start and at the end (or
/// on the date while the term runs), the gain, and the months from the start to NTM recognition. The commune
/// report lists who served in the commune; the district and province summaries list every rotation into their
/// communes, with the commune.
class OfficialsSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::OfficialsSection)

public:
    enum class Columns
    {
        ForCommune,
        WithCommune
    };
    OfficialsSection(QList<core::RotationImpactRow> rows, Columns columns) : m_rows(std::move(rows)), m_columns(columns)
    {
    }
    void write(ReportBuilder& out) const override;

private:
    QList<core::RotationImpactRow> m_rows;
    Columns m_columns;
};

} // namespace ntm::gui
