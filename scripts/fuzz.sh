#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of fuzz/ with clang (AddressSanitizer + UBSan) into build-fuzz/ and runs one of
# them for a number of seconds, starting from its seed corpus fuzz/corpus/SHORT/ (SHORT: the target's name
# without "_fuzz" and "_reader"). New inputs it finds go to build-fuzz/corpus/TARGET/, crashes to
# build-fuzz/artifacts/. Exit code: 0 when nothing was found, non-zero otherwise.
#
#   scripts/fuzz.sh package_reader_fuzz 120
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: scripts/fuzz.sh TARGET SECONDS   (targets: see ntm_fuzz_target lines in fuzz/CMakeLists.txt)" >&2
    exit 2
fi
target="$1"
seconds="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"

missing=()
command -v clang++-14 >/dev/null 2>&1 || missing+=(clang-14)
compgen -G "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null || missing+=(libclang-rt-14-dev)
command -v ninja >/dev/null 2>&1 || missing+=(ninja-build)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    else
        echo "Missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

# Line tables only: a finding's stack names file and line, and the build (all of core, instrumented) stays quick.
cmake -S "$root/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG" >/dev/null
cmake --build "$build" --target "$target"

short="${target%_fuzz}"
short="${short%_reader}"
seeds="$root/fuzz/corpus/$short"
corpus="$build/corpus/$target"
mkdir -p "$corpus" "$build/artifacts"
[ -d "$seeds" ] || { echo "No seed corpus in $seeds" >&2; exit 1; }

"$build/$target" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1
