// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FoldingCompleter.h"

#include "util/TextFold.h"

namespace ntm::gui {

FoldingCompleter::FoldingCompleter(QAbstractItemModel* model, int foldedRole, QObject* parent)
    : QCompleter(model, parent)
{
    setCompletionRole(foldedRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

QStringList FoldingCompleter::splitPath(const QString& path) const
{
    return {core::text::fold(path)};
}

QString FoldingCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace ntm::gui
