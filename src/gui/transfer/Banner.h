// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace ntm::gui::banner {

/// Shows a problem in the page's banner label, in the colour FieldErrors uses for errors (plain text, escaped).
void showError(QLabel* label, const QString& message);
/// Shows a note (a warning colour).
void showNote(QLabel* label, const QString& message);
/// Hides the banner.
void clear(QLabel* label);

} // namespace ntm::gui::banner
