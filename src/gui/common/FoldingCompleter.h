// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

namespace ntm::gui {

/// A completer that ignores diacritics and case: "duc yen" offers "Xã Đức Yên". The model's
/// `completionRole()` must hold folded text (core::text::fold); what the user typed is folded the same way. A choice
/// puts the item's label in the field, with its diacritics ("Thạch Khê – …", not the folded "thach khe – …").
class FoldingCompleter final : public QCompleter
{
    Q_OBJECT

public:
    FoldingCompleter(QAbstractItemModel* model, int foldedRole, QObject* parent = nullptr);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
};

} // namespace ntm::gui
