// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ntm::core::demo {

/// Notes the demo writes beside the rows it invents, so that nobody takes them for real records.
inline const QString kArticle =
    QStringLiteral("Nguồn: Baohatinh.vn, \"Luân chuyển cán bộ huyện về giúp xã làm nông thôn mới\".");
inline const QString kIllustrative = QStringLiteral("Dữ liệu minh họa.");
inline const QString kGeneratedNote = QStringLiteral("Dữ liệu minh họa (tạo tự động)");

} // namespace ntm::core::demo
