// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ntm::core {
class Database;
}

namespace ntm::gui::fileNames {

/// A file name an export dialog proposes, from what is exported, its scope and its date: "Tổng hợp tỉnh", "Huyện
/// Đức Thọ", 29/11/2026, "xlsx" give "tong-hop-tinh-huyen-duc-tho-2026-11-29.xlsx". Folded to ASCII, so that it
/// survives e-mail, USB sticks and old Windows machines; parts that are empty are left out.
QString suggest(const QStringList& parts, const QDate& date, const QString& suffix);
/// `name` in `folder`, or in the user's documents folder when `folder` is empty or gone.
QString inFolder(const QString& folder, const QString& name);
/// The name of a commune (else a district) as it was on `date`, with its kind ("Xã Đức Yên", "Huyện Đức Thọ"); empty
/// when neither id is given or known.
QString unitTitle(core::Database& db, const QString& communeId, const QString& districtId, const QDate& date);

} // namespace ntm::gui::fileNames
