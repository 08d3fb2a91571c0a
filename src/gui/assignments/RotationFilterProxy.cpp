// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignments/RotationFilterProxy.h"

#include "assignments/RotationTableModel.h"

namespace ntm::gui {

RotationFilterProxy::RotationFilterProxy(QObject* parent) : TableFilterProxy(parent)
{
    m_filter.asOf = QDate::currentDate();
}

void RotationFilterProxy::setFilter(const core::RotationFilter& filter)
{
    m_filter = filter;
    reselect();
}

const RotationTableModel* RotationFilterProxy::model() const
{
    return static_cast<const RotationTableModel*>(sourceModel());
}

bool RotationFilterProxy::acceptsRow(int sourceRow) const
{
    return m_filter.accepts(model()->row(sourceRow));
}

const QList<int>& RotationFilterProxy::sortRanks(int column) const
{
    return model()->sortRanks(column);
}

} // namespace ntm::gui
