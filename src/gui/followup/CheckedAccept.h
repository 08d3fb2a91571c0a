// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "util/Result.h"

class QWidget;

namespace ntm::gui {

/// How the follow-up dialogs save: core's findings beside their fields; errors keep the dialog open, warnings ask
/// whether to save anyway. True when the dialog may close.
bool checkedAccept(QWidget* dialog, FieldErrors& errors, const core::Result<core::Issues>& issues);

} // namespace ntm::gui
