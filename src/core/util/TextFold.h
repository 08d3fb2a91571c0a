// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ntm::core::text {

/// Folds Vietnamese text for search: no diacritics, "đ" as "d", lower case, single spaces.
/// "Bùi Ngọc Nhật" and "bui  ngoc nhat" fold to the same key.
QString fold(const QString& text);

/// True when every word of `query` occurs (folded) in `haystack`, in any order:
/// "nhat bui" finds "Bùi Ngọc Nhật". An empty query matches everything.
bool matches(const QString& haystackFolded, const QString& query);

/// Splits a folded query into its words once, for filters that test many rows.
QStringList queryWords(const QString& query);

/// Same as matches(), with the words already split.
bool matchesWords(const QString& haystackFolded, const QStringList& words);

} // namespace ntm::core::text
