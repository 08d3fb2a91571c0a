// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ntm::core {

/// The element of a list whose `id` is the one given, or nullptr.
template <typename T> const T* byId(const QList<T>& list, const QString& id)
{
    for (const T& x : list) {
        if (x.id == id) {
            return &x;
        }
    }
    return nullptr;
}

} // namespace ntm::core
