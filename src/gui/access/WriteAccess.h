// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessPolicy.h"

#include <optional>

class QAbstractButton;
class QAction;

namespace ntm::core {
class Database;
}

namespace ntm::gui::writeAccess {

/// Enables a write button when the view would (`enabled`: a database is open, a row is selected) and the signed-in
/// user may make the change (of this kind, there when `place` is given); disabled for the role, its tooltip says why
/// ("xem is a provincial reviewer, who may read, export and print but change nothing."), instead of a refusal after the
/// click. The button's own tooltip comes back when it is allowed again.
void apply(QAbstractButton* button, core::Database* db, core::RecordKind kind,
           const std::optional<core::RecordPlace>& place, bool enabled);
/// The same for a menu action (the reason goes to its tooltip and status tip).
void apply(QAction* action, core::Database* db, core::RecordKind kind, const std::optional<core::RecordPlace>& place,
           bool enabled);

} // namespace ntm::gui::writeAccess
