// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportTables.h"

#include "exchange/TableText.h"

#include <cmath>

namespace ntm::gui {

using namespace ntm::core;

ReportTable ReportTables::fromData(const TableData& data, const QList<int>& columns)
{
    QList<int> kept = columns;
    if (kept.isEmpty()) {
        for (int i = 0; i < data.columns.size(); ++i) {
            kept.append(i);
        }
    }
    int totalWidth = 0;
    for (int i : kept) {
        totalWidth += std::max(1, data.columns.value(i).width);
    }
    ReportTable table;
    for (int i : kept) {
        const TableColumn& c = data.columns.value(i);
        const bool number = c.type == TableColumn::Type::Integer || c.type == TableColumn::Type::Number;
        const int share = static_cast<int>(std::lround(100.0 * std::max(1, c.width) / totalWidth));
        table.columns.append({c.title, share, number ? ReportColumn::Align::Right : ReportColumn::Align::Left});
    }
    for (const QVariantList& row : data.rows) {
        QList<ReportCell> cells;
        for (int i : kept) {
            cells.append(ReportCell(TableText::cell(row.value(i))));
        }
        table.rows.append(cells);
    }
    return table;
}

} // namespace ntm::gui
