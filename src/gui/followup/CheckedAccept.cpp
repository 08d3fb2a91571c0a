// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/CheckedAccept.h"

#include "app/Messages.h"

#include <QCoreApplication>
#include <QWidget>

namespace ntm::gui {

bool checkedAccept(QWidget* dialog, FieldErrors& errors, const core::Result<core::Issues>& issues)
{
    if (!issues) {
        Messages::error(dialog, dialog->windowTitle(), issues.error().message);
        return false;
    }
    if (errors.show(issues.value())) {
        return false;
    }
    if (!issues.value().isEmpty() &&
        !Messages::confirm(dialog, dialog->windowTitle(),
                           issues.value().constFirst().message + QStringLiteral("\n\n") +
                               QCoreApplication::translate("ntm::gui::FollowUp", "Save anyway?"))) {
        return false;
    }
    return true;
}

} // namespace ntm::gui
