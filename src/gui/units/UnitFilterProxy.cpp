// SPDX-License-Identifier: GPL-3.0-or-later
#include "units/UnitFilterProxy.h"

#include "units/UnitTreeModel.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

namespace ntm::gui {

UnitFilterProxy::UnitFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(UnitTreeModel::SortRole);
}

void UnitFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = core::text::queryWords(text);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

bool UnitFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return core::text::matchesWords(index.data(UnitTreeModel::SearchTextRole).toString(), m_words);
}

bool UnitFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        return core::text::lessVietnamese(a.toString(), b.toString());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ntm::gui
