// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchContext.h"
#include "Figures.h"

namespace ntm::bench {

/// Measures the views through the real main window, offscreen, as a user meets them: opening a view with its
/// data, a change of the shared date, a filter keystroke, a sort, an export. Every timing includes processing
/// the events it caused (layout and painting).
void measureViews(const BenchContext& context, Figures& figures);

} // namespace ntm::bench
