// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QTableView;

namespace ntm::gui {

/// The house look of a table: compact rows, no row numbers, the last column stretched, and a header menu
/// where the user shows or hides columns (`hidden` are hidden at first; the header state remembers choices).
void setupTable(QTableView* table, const QList<int>& hidden = {});

} // namespace ntm::gui
