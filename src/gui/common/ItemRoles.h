// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace ntm::gui {

/// The item data role under which pick lists (communes, districts, units, officials) keep each entry's id.
constexpr int kIdRole = Qt::UserRole + 1;
/// The entry's text folded for matching without diacritics ("thach khe").
constexpr int kFoldedRole = Qt::UserRole + 2;
/// A commune's or person's folded name alone, without the place around it.
constexpr int kNameRole = Qt::UserRole + 3;

} // namespace ntm::gui
