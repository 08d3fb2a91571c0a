// SPDX-License-Identifier: GPL-3.0-or-later
#include "officials/OfficialFilterProxy.h"

#include "officials/OfficialTableModel.h"
#include "util/TextFold.h"

namespace ntm::gui {

OfficialFilterProxy::OfficialFilterProxy(QObject* parent) : TableFilterProxy(parent)
{
}

void OfficialFilterProxy::setSearchText(const QString& text)
{
    m_words = core::text::queryWords(text);
    reselect();
}

const OfficialTableModel* OfficialFilterProxy::model() const
{
    return static_cast<const OfficialTableModel*>(sourceModel());
}

bool OfficialFilterProxy::acceptsRow(int sourceRow) const
{
    return core::text::matchesWords(model()->row(sourceRow).searchKey, m_words);
}

const QList<int>& OfficialFilterProxy::sortRanks(int column) const
{
    return model()->sortRanks(column);
}

} // namespace ntm::gui
