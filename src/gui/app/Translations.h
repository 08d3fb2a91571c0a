// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ntm::gui {

/// Installs the program's translation and its Vietnamese catalogue of Qt's own strings (standard buttons, file
/// dialogs, context menus, wizards, print preview) for a language: "vi" (default) or "en" (the source language,
/// nothing to install). Also sets the default locale, which names months and weekdays in calendars.
class Translations final
{
public:
    /// Returns false when the Vietnamese catalogue is missing from the program.
    static bool install(const QString& language);
};

} // namespace ntm::gui
