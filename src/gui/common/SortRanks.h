// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>

namespace ntm::gui {

/// The rank of each row's value in a column's order, for TableFilterProxy: text in Vietnamese order (personal
/// names by given name first), dates with the empty ones last, numbers by value. Computed once per column and kept
/// until the data changes; values repeat (a few thousand names among 80,000 rows), so only distinct texts are
/// compared with the collator.
class SortRanks final
{
public:
    /// The value of a row in a column, as the model's sort role gives it.
    using ValueOf = std::function<QVariant(int row, int column)>;

    const QList<int>& of(int column, int rows, const ValueOf& value, bool personNames = false) const;
    void clear() { m_ranks.clear(); }
    void clear(int column) { m_ranks.remove(column); }

    static QList<int> compute(int rows, const std::function<QVariant(int row)>& value, bool personNames);

private:
    mutable QHash<int, QList<int>> m_ranks;
};

} // namespace ntm::gui
