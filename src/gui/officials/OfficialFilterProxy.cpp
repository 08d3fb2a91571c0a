// SPDX-License-Identifier: GPL-3.0-or-later
#include "officials/OfficialFilterProxy.h"

#include "officials/OfficialTableModel.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

namespace ntm::gui {

OfficialFilterProxy::OfficialFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OfficialTableModel::SortRole);
}

void OfficialFilterProxy::setSearchText(const QString& text)
{
    m_words = core::text::queryWords(text);
    invalidateFilter();
}

bool OfficialFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return core::text::matchesWords(i.data(OfficialTableModel::SearchRole).toString(), m_words);
}

bool OfficialFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (left.column() == OfficialTableModel::Name) {
        return core::text::comparePersonNames(a.toString(), b.toString()) < 0;
    }
    if (a.typeId() == QMetaType::QString) {
        return core::text::lessVietnamese(a.toString(), b.toString());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ntm::gui
