// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignments/RotationFilterProxy.h"

#include "assignments/RotationTableModel.h"
#include "util/VietnameseOrder.h"

namespace ntm::gui {

RotationFilterProxy::RotationFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RotationTableModel::SortRole);
    m_filter.asOf = QDate::currentDate();
}

void RotationFilterProxy::setFilter(const core::RotationFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool RotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const RotationTableModel*>(sourceModel());
    return m_filter.accepts(model->row(sourceRow));
}

bool RotationFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (left.column() == RotationTableModel::Official) {
        return core::text::comparePersonNames(a.toString(), b.toString()) < 0;
    }
    if (a.typeId() == QMetaType::QString) {
        return core::text::lessVietnamese(a.toString(), b.toString());
    }
    if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
        // Empty dates sort last.
        const QDate da = a.toDate();
        const QDate db = b.toDate();
        if (da.isValid() != db.isValid()) {
            return da.isValid();
        }
        return da < db;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ntm::gui
