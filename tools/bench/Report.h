// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Figures.h"

#include <QString>

namespace ntm::bench {

/// Writes figures as JSON (the measures of one ntm-bench run, or the whole benchmark).
bool writeFigures(const Figures& figures, const QString& path);
/// Reads figures written by writeFigures().
Figures readFigures(const QString& path);

/// Gathers everything scripts/bench.sh measured in `results` (ntm-bench's figures, hyperfine's JSON exports,
/// /usr/bin/time's reports, the generator's summary) into one table: prints it and writes `out` (bench.json).
int report(const QString& results, const QString& out);

} // namespace ntm::bench
