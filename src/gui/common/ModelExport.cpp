// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ModelExport.h"

#include <QAbstractItemModel>

namespace ntm::gui {

core::TableData tableFromModel(const QAbstractItemModel& model, const QString& title)
{
    core::TableData t;
    t.title = title;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        core::TableColumn col;
        col.title = model.headerData(c, Qt::Horizontal).toString();
        const QVariant type = model.headerData(c, Qt::Horizontal, ColumnTypeRole);
        col.type = type.isValid() ? static_cast<core::TableColumn::Type>(type.toInt()) : core::TableColumn::Type::Text;
        const QVariant width = model.headerData(c, Qt::Horizontal, ColumnWidthRole);
        col.width = width.isValid() ? width.toInt() : 16;
        t.columns.append(col);
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantList row;
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model.index(r, c);
            const QVariant v = i.data(ExportValueRole);
            row.append(v.isValid() ? v : i.data(Qt::DisplayRole));
        }
        t.rows.append(row);
    }
    return t;
}

} // namespace ntm::gui
