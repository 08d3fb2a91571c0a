// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/RotationFilter.h"

#include <QSortFilterProxyModel>

namespace ntm::gui {

/// Applies core's RotationFilter to the rotations table and sorts names in Vietnamese order (officials by
/// given name first, as Vietnamese registers do).
class RotationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RotationFilterProxy(QObject* parent = nullptr);

    const core::RotationFilter& filter() const { return m_filter; }
    void setFilter(const core::RotationFilter& filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    core::RotationFilter m_filter;
};

} // namespace ntm::gui
