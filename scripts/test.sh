#!/usr/bin/env bash
# Set-up, build, then every test through ctest (offscreen: no display needed).
#   scripts/test.sh [CTEST OPTIONS]              the normal build in build/
#   scripts/test.sh --sanitize [CTEST OPTIONS]   everything built with AddressSanitizer and UndefinedBehaviorSanitizer
#                                                into build-sanitize/, and every test run there
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sanitize=0
if [[ "${1:-}" == "--sanitize" ]]; then
    sanitize=1
    shift
fi
"$root/scripts/setup.sh"
"$root/scripts/check-format.sh"
export QT_QPA_PLATFORM=offscreen
if [[ $sanitize -eq 0 ]]; then
    "$root/scripts/build.sh"
    cd "$root/build"
    ctest --output-on-failure --parallel "$(nproc)" "$@"
    exit 0
fi

build="$root/build-sanitize"
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    # -O1 -g1: the sanitizers' usual optimisation; line tables only, so reports name file and line while the
    # build stays quick (CI runs this after the normal build on two cores). Assertions stay on. The libraries and
    # programs compile in unity batches as in the normal build (cmake/NtmBuildSpeed.cmake), the tests file by file.
    cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNTM_WERROR=ON -DNTM_SANITIZE=ON \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1"
fi
start=$(date +%s)
# What the tests run (the CLI tests depend on ntm-cli, ntm-tracker and the edit worker); not the screenshot tool.
cmake --build "$build" --parallel "$(nproc)" --target ntm_core_tests ntm_gui_tests ntm_cli_tests
built=$(date +%s)
# Leaks are reported only for our code: Qt's plugin loader and fontconfig keep caches for the life of the process.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build"
# The crash trials (SIGKILL at random moments, about 140 s under the sanitizers) test what the file survives, and
# the 10,000-row import (53 s) its speed and size, not memory safety: the normal run has them, and the same import
# code runs under the sanitizers in the other import tests. The CLI's server tests (90 s) spend their time in the
# server: the core's and the GUI's server tests run here.
ctest --output-on-failure --parallel "$(nproc)" -E "killed at any moment|10,000 rotation rows import|^cli-pg:" "$@"
echo "test.sh --sanitize: build $((built - start)) s, tests $(( $(date +%s) - built )) s"
