// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ntm::core::text {

/// Vietnamese sort order through ICU (QCollator, vi_VN): a < ă < â, d < đ, tones after the base letter.
/// Numbers inside names sort numerically ("Sơn Kim 2" before "Sơn Kim 10").
int compareVietnamese(const QString& a, const QString& b);

/// True when a sorts before b in Vietnamese order.
inline bool lessVietnamese(const QString& a, const QString& b)
{
    return compareVietnamese(a, b) < 0;
}

/// Sorts in place in Vietnamese order.
void sortVietnamese(QStringList& list);

/// Vietnamese order for personal names: by given name (the last word) first, then the whole name,
/// as Vietnamese registers list people ("Bùi Ngọc Nhật" sorts under N).
int comparePersonNames(const QString& a, const QString& b);

} // namespace ntm::core::text
