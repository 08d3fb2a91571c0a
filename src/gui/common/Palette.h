// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QColor>
#include <QString>

/// The colours every view draws with, in one place, so the criteria board, the dashboard, the timeline and the
/// reports agree: a criterion's status is the same green, yellow, red or grey everywhere.
namespace ntm::gui::palette {

/// Fill colour of a criterion status (board cells, timeline spans, legends).
QColor status(core::CriterionStatus status);
/// A symbol as well as a colour, so a status reads without colour too (✓ ~ ✗, nothing when not assessed).
QString statusSymbol(core::CriterionStatus status);
/// Translucent fill of the n-th rotated official's tenure band (cycles through five colours).
QColor band(int index);

} // namespace ntm::gui::palette
