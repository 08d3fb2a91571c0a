// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"

class QAbstractItemModel;

namespace ntm::gui {

/// Roles a table model offers so its rows export with real types.
enum ExportRoles
{
    ExportValueRole = Qt::UserRole + 100, ///< QString, QDate, int or double for a cell
    ColumnTypeRole,                       ///< headerData: a core::TableColumn::Type as int
    ColumnWidthRole                       ///< headerData: width in characters
};

/// The rows of a (proxy) model in view order, as a core::TableData for the spreadsheet writers.
core::TableData tableFromModel(const QAbstractItemModel& model, const QString& title);

} // namespace ntm::gui
