// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace ntm::core {

/// Problems found in a package, each naming its place ("rotations[12].start_date") or the records it is about.
/// Keeps the first kLimit in full and counts the rest, so a badly broken file cannot fill the memory with
/// messages.
class PlaceErrors final
{
public:
    static constexpr int kLimit = 200;

    /// Records "place: message" with the place as the error's field.
    void add(const QString& place, const QString& message)
    {
        if (m_list.size() < kLimit) {
            m_list.append(Error{place, place.isEmpty() ? message : place + QStringLiteral(": ") + message});
        }
        ++m_total;
    }
    bool any() const { return m_total > 0; }
    int total() const { return m_total; }
    const QList<Error>& list() const { return m_list; }
    const Error& first() const { return m_list.constFirst(); }

private:
    QList<Error> m_list;
    int m_total = 0;
};

} // namespace ntm::core
