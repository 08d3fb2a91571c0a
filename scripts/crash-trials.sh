#!/usr/bin/env bash
# Many more crash trials than the test suite runs: ntm-cli import-sheet and ntm-cli import are killed (SIGKILL) at
# random moments, and every database must pass PRAGMA integrity_check and hold the whole import or none of it.
#   scripts/crash-trials.sh [TRIALS_PER_KIND] [SEED]      (default 500 of each kind, a random seed)
# Needs a build (scripts/build.sh). The seed is printed, so a failure can be replayed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tests="$root/build/bin/ntm_cli_tests"
if [[ ! -x "$tests" ]]; then
    echo "crash-trials: build first (scripts/build.sh)" >&2
    exit 2
fi
export NTM_CRASH_TRIALS="${1:-500}"
if [[ -n "${2:-}" ]]; then
    export NTM_CRASH_SEED="$2"
fi
start=$(date +%s)
"$tests" "[crash]" --success --reporter compact | grep -E "warning|failed|passed" | tail -n 5
echo "crash-trials: ${NTM_CRASH_TRIALS} trials of each kind in $(( $(date +%s) - start )) s"
