// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ntm::gui {

/// Filters the unit tree by a search text (diacritics and case ignored, through core's text folding) and
/// sorts names in Vietnamese order. A district stays when it or one of its communes matches.
class UnitFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UnitFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
};

} // namespace ntm::gui
