// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"
#include "reports/ReportTable.h"

namespace ntm::gui {

/// Turns core's typed tables (the provincial review's, as the screen shows and the workbook holds them) into
/// report tables: cells written as the screen writes them (TableText), numbers right-aligned, each column's
/// share of the width from its width in characters.
class ReportTables final
{
public:
    /// `columns`: the columns to keep, in order; empty keeps every column.
    static ReportTable fromData(const core::TableData& data, const QList<int>& columns = {});
};

} // namespace ntm::gui
