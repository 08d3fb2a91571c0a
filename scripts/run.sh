#!/usr/bin/env bash
# Set-up, build, then open the desktop app on its default database (created with demo data on first run).
# Extra arguments go to the app, e.g. scripts/run.sh /path/to/other.ntm
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
exec "$root/build/bin/ntm-tracker" "$@"
