#!/usr/bin/env bash
# Renders every view into docs/screenshots (offscreen, from a fresh demo database).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
QT_QPA_PLATFORM=offscreen "$root/build/bin/ntm-screenshots" "$root/docs/screenshots"
