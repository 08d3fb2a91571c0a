// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

class QTableView;

namespace ntm::gui {

/// The house look of a table: compact rows, no row numbers, the last column stretched, and a header menu
/// where the user shows or hides columns (`hidden` are hidden at first; the header state remembers choices).
void setupTable(QTableView* table, const QList<int>& hidden = {});
/// Sets the columns' widths: each at least what its header needs, so no header is cut ("Dự kiến kết thúc" over a
/// date). Called before the user's saved widths are restored: those are kept as the user left them.
void setColumnWidths(QTableView* table, const QHash<int, int>& widths);
/// Widens every visible column whose header is cut (the last, stretched one excepted).
void fitHeaders(QTableView* table);

} // namespace ntm::gui
