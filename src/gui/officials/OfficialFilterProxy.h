// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TableFilterProxy.h"

#include <QStringList>

namespace ntm::gui {

class OfficialTableModel;

/// Search over the officials (name, home unit, position; diacritics and case ignored) and Vietnamese order
/// (by given name, then the whole name). Built on TableFilterProxy for the national register of 50,000.
class OfficialFilterProxy final : public TableFilterProxy
{
    Q_OBJECT

public:
    explicit OfficialFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    bool acceptsRow(int sourceRow) const override;
    const QList<int>& sortRanks(int column) const override;

private:
    const OfficialTableModel* model() const;

    QStringList m_words;
};

} // namespace ntm::gui
