// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// The status bar's mark of a database that holds illustrative rows (the demo's generated decision numbers, dates
/// and histories): "Illustrative data", with the whole sentence as a tooltip; hidden for a database of real records.
class IllustrativeBadge final : public QLabel
{
    Q_OBJECT

public:
    explicit IllustrativeBadge(QWidget* parent = nullptr);

    /// Checks the database (none: hidden).
    void update(core::Database* db);
};

} // namespace ntm::gui
