// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>

class QWidget;

namespace ntm::core {
class Database;
}

/// The dialog of an edit conflict (issue 13): the personnel officer of Đức Thọ saved Bùi Ngọc Nhật's rotation
/// while the administrator was editing it; the administrator's save shows both versions. Changes `db` (the
/// officer's save is kept).
QPixmap conflictDialogPicture(ntm::core::Database& db, QWidget* parent);
