#!/usr/bin/env bash
# Fails when a C++ source under src/, tests/, fuzz/ or tools/ differs from .clang-format; names each file.
#   scripts/check-format.sh         check (scripts/test.sh runs this first)
#   scripts/check-format.sh --fix   rewrite the files in place
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
format="$(command -v clang-format || command -v clang-format-14 || true)"
if [[ -z "$format" ]]; then
    echo "check-format.sh: clang-format is missing (scripts/setup.sh installs it)" >&2
    exit 1
fi
mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'fuzz/*.cpp' 'fuzz/*.h' \
    'tools/*.cpp' 'tools/*.h' 2>/dev/null || find src tests fuzz tools -name '*.cpp' -o -name '*.h')
if [[ "${1:-}" == "--fix" ]]; then
    "$format" -i "${files[@]}"
    exit 0
fi
mapfile -t bad < <("$format" --dry-run "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: .*/\1/p' | sort -u)
if ((${#bad[@]} > 0)); then
    echo "These files differ from .clang-format (run scripts/check-format.sh --fix):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
