// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TableFilterProxy.h"
#include "service/RotationFilter.h"

namespace ntm::gui {

class RotationTableModel;

/// Applies core's RotationFilter to the rotations table and sorts it: names in Vietnamese order, officials by
/// given name first (as Vietnamese registers do), empty dates last. Built on TableFilterProxy, so that a keystroke
/// in the search box stays one pass over the national 80,000 rows.
class RotationFilterProxy final : public TableFilterProxy
{
    Q_OBJECT

public:
    explicit RotationFilterProxy(QObject* parent = nullptr);

    const core::RotationFilter& filter() const { return m_filter; }
    void setFilter(const core::RotationFilter& filter);

protected:
    bool acceptsRow(int sourceRow) const override;
    const QList<int>& sortRanks(int column) const override;

private:
    const RotationTableModel* model() const;

    core::RotationFilter m_filter;
};

} // namespace ntm::gui
