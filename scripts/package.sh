#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds NTM Tracker's Debian package (docs/packaging.md): a Release build with Debian's hardening flags into
# OUTDIR/build (no tests), CPack's DEB generator, then the package's checks (tests/package/check-package.sh lint:
# lintian without errors, desktop-file-validate, appstreamcli validate, the man pages, the files and dependencies).
#   scripts/package.sh [OUTDIR]       (default build-package/) -> OUTDIR/ntm-tracker_VERSION_ARCH.deb
# Install the result with:  sudo apt install ./OUTDIR/ntm-tracker_VERSION_ARCH.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -gt 1 || "${1:-}" == -* ]]; then
    echo "usage: scripts/package.sh [OUTDIR]   (default build-package/)" >&2
    exit 2
fi
out="${1:-$root/build-package}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
"$root/scripts/setup.sh" # lintian, desktop-file-utils, appstream, help2man, librsvg2-bin, dpkg-dev are listed there

build="$out/build"
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # ccache refuses files compiled with a precompiled header unless told these differences do not matter here.
    export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"
fi
# Debian's own build flags, as a package built by Debian gets them: fortify, stack protector, full RELRO, bind now,
# PIE. Release adds -O3 -DNDEBUG after them; CPack strips the programs.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
start=$SECONDS
cmake -S "$root" -B "$build" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release -DNTM_BUILD_TESTS=OFF \
    -DNTM_WERROR=OFF "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags"
cmake --build "$build" --parallel "$(nproc)"
built=$SECONDS
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
"$root/tests/package/check-package.sh" build "$build" "$out"
deb="$out/ntm-tracker_${version}_$(dpkg --print-architecture).deb"
"$root/tests/package/check-package.sh" lint "$deb" "$version"
echo
echo "package.sh: $deb ($(du -h "$deb" | cut -f1); build $((built - start)) s, package and checks $((SECONDS - built)) s)"
echo "Install it with:  sudo apt install $deb"
