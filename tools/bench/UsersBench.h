// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ntm::bench {

/// What `ntm-bench users` runs: simulated people working on one database at once.
struct UsersOptions
{
    QString database; ///< usually a server URI (issue 13's bench); a file works too
    int users = 20;
    int seconds = 60;
    double writeShare = 0.3; ///< of the actions, edits of an official; the rest are board refreshes
    QString out;             ///< the figures as JSON
};

/// Issue 13's bench: each simulated user has a connection of their own and, with a short pause between actions
/// (300–1,000 ms, a person at work), either edits an official (read it, save it with the row version read) or
/// refreshes the criteria board of their province as of a date. Reports the write and board latencies (p50,
/// p95, max), conflicts and errors. Goals: write p95 <= 50 ms, board p95 <= 200 ms. Returns the exit code.
int runUsers(const UsersOptions& options);

} // namespace ntm::bench
