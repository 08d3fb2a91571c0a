// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ntm::gui {

/// Installs the program's translation (and Qt's own, for standard buttons) for a language: "vi" (default)
/// or "en" (the source language, nothing to install).
class Translations final
{
public:
    /// Returns false when the Vietnamese catalogue is missing from the program.
    static bool install(const QString& language);
};

} // namespace ntm::gui
