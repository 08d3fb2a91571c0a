// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ntm::gui {

/// Search over the officials (name, home unit, position; diacritics and case ignored) and Vietnamese order
/// (by given name, then the whole name).
class OfficialFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OfficialFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
};

} // namespace ntm::gui
