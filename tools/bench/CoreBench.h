// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchContext.h"
#include "Figures.h"

namespace ntm::bench {

/// Measures the questions behind items 2–4 of the benchmark inside the program (the services the views and
/// `ntm-cli` call), against the sqlite3 shell running the best hand-written SQL for the same answer, and checks
/// that both answers agree.
void measureCore(const BenchContext& context, Figures& figures);

} // namespace ntm::bench
