// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// The names of every district and commune by id ("Huyện Đức Thọ", "Xã Tùng Ảnh"), as of today (a commune
/// that no longer exists keeps its last name): for lists that show where a record or an account lies.
QHash<QString, QString> placeNames(core::Database& db);

} // namespace ntm::gui
