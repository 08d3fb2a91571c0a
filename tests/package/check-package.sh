#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks NTM Tracker's Debian package (docs/packaging.md). Three steps, run by ctest as three tests (the first is
# the fixture of the other two) and by scripts/package.sh:
#
#   check-package.sh build BUILD_DIR OUT_DIR         pack BUILD_DIR's install tree with CPack into OUT_DIR
#   check-package.sh lint DEB VERSION                the file's name, its contents and dependencies; lintian reports
#                                                    no error; desktop-file-validate, appstreamcli validate (offline)
#                                                    and man pass
#   check-package.sh install DEB VERSION             as root: dpkg -i, apt-get -f install, the installed programs'
#                                                    --version, a user's database, dpkg --purge, the database kept.
#                                                    Not root: exit 77 (ctest shows the test as skipped)
set -euo pipefail

fail() {
    echo "check-package: FAILED: $*" >&2
    exit 1
}
step() { echo "== $*"; }
APP_ID=org.ntmtracker.NtmTracker

build() {
    local build_dir="$1" out="$2"
    mkdir -p "$out"
    rm -rf "$out"/*.deb "$out/_CPack_Packages"
    local start=$SECONDS
    cpack --config "$build_dir/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
        cat "$out/cpack.log" >&2
        fail "cpack could not make the package"
    }
    rm -rf "$out/_CPack_Packages"
    echo "check-package: $(cd "$out" && ls ./*.deb) made in $((SECONDS - start)) s"
}

lint() {
    local deb="$1" version="$2"
    [[ -f "$deb" ]] || fail "$deb does not exist"
    step "the file's name and control fields"
    local arch
    arch="$(dpkg --print-architecture)"
    [[ "$(basename "$deb")" == "ntm-tracker_${version}_${arch}.deb" ]] ||
        fail "$(basename "$deb") is not named ntm-tracker_${version}_${arch}.deb"
    [[ "$(dpkg-deb --field "$deb" Package)" == ntm-tracker ]] || fail "the package is not called ntm-tracker"
    [[ "$(dpkg-deb --field "$deb" Version)" == "$version" ]] || fail "the package's version is not $version"
    local depends
    depends="$(dpkg-deb --field "$deb" Depends)"
    echo "Depends: $depends"
    # From dpkg-shlibdeps (the libraries the programs link) and from cmake/NtmPackaging.cmake (what they load).
    for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6printsupport6 libsqlite3-0 \
        libquazip1-qt6-1 libssl3 libstdc++6 libqt6sql6-sqlite libxlsxwriter4 fonts-noto-core; do
        grep -qxF "$needed" <<<"$(sed 's/ *([^)]*)//g; s/, */\n/g' <<<"$depends")" || fail "Depends lacks $needed"
    done

    step "the files"
    local tmp
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' RETURN
    dpkg-deb --extract "$deb" "$tmp/root"
    local expected=(
        usr/bin/ntm-tracker usr/bin/ntm-cli
        "usr/share/applications/$APP_ID.desktop" "usr/share/metainfo/$APP_ID.metainfo.xml"
        "usr/share/mime/packages/$APP_ID.xml" "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
        usr/share/man/man1/ntm-tracker.1.gz usr/share/man/man1/ntm-cli.1.gz
        usr/share/doc/ntm-tracker/copyright usr/share/doc/ntm-tracker/changelog.gz
        usr/share/doc/ntm-tracker/user-guide-vi.md usr/share/doc/ntm-tracker/user-guide-en.md
        usr/share/doc/ntm-tracker/README.md usr/share/ntm-tracker/schema/ntm-package-1.schema.json
        usr/share/ntm-tracker/criteria/qd491-2009.json usr/share/ntm-tracker/criteria/qd1980-2016.json
        usr/share/ntm-tracker/criteria/qd318-2022.json usr/share/ntm-tracker/criteria/qd51-2025.json
        usr/share/ntm-tracker/criteria/ht20-qd491.json usr/share/ntm-tracker/criteria/ht20-qd1980.json
    )
    for size in 16 22 24 32 48 64 128 256 512; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
        local png="$tmp/root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        [[ -f "$png" ]] && [[ "$(identify -format '%wx%h' "$png")" == "${size}x${size}" ]] ||
            fail "the ${size}x${size} icon is missing or not ${size}x${size} pixels"
    done
    for f in "${expected[@]}"; do
        [[ -f "$tmp/root/$f" ]] || fail "the package lacks /$f"
    done
    # Stripped programs: no debug sections shipped.
    for program in ntm-tracker ntm-cli; do
        if grep -q '\.debug_info' <<<"$(readelf -S "$tmp/root/usr/bin/$program")"; then
            fail "/usr/bin/$program is not stripped"
        fi
    done

    step "desktop-file-validate, appstreamcli validate (offline), the man pages"
    desktop-file-validate "$tmp/root/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
    appstreamcli validate --no-net --explain "$tmp/root/usr/share/metainfo/$APP_ID.metainfo.xml" ||
        fail "appstreamcli validate"
    grep -q "<release version=\"$version\"" "$tmp/root/usr/share/metainfo/$APP_ID.metainfo.xml" ||
        fail "the AppStream metadata has no release $version"
    # (Whole outputs read into variables: with pipefail, a reader that stops early would fail the writer.)
    local first_entry
    first_entry="$(zcat "$tmp/root/usr/share/doc/ntm-tracker/changelog.gz" | sed -n '1p')"
    [[ "$first_entry" == "ntm-tracker ($version) "* ]] || fail "the changelog's first entry is not version $version"
    for page in ntm-tracker ntm-cli; do
        local text warnings
        warnings="$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -E UTF-8 -l \
            "$tmp/root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)" || fail "man cannot render $page.1"
        [[ -z "$warnings" ]] || fail "man warns about $page.1: $warnings"
        text="$(LC_ALL=C.UTF-8 MANWIDTH=100 man -E UTF-8 -l "$tmp/root/usr/share/man/man1/$page.1.gz" 2>/dev/null)"
        grep -q -- "--version" <<<"$text" || fail "$page.1 does not describe --version"
        grep -q "$version" <<<"$text" || fail "$page.1 does not carry version $version"
    done
    local text
    text="$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$tmp/root/usr/share/man/man1/ntm-cli.1.gz" 2>/dev/null)"
    for command in init demo stats rotation-impact criteria-import export import import-sheet commune report \
        export-review generate; do
        grep -Eq "^ +$command FILE" <<<"$text" || fail "ntm-cli.1 does not describe the command $command"
    done

    step "lintian"
    local start=$SECONDS
    # Errors fail; warnings and notes ("I:") are shown. (As root lintian warns about that on stderr.)
    lintian --fail-on error --display-info "$deb" || fail "lintian reports errors (above)"
    echo "check-package: lintian took $((SECONDS - start)) s"
    echo "check-package: $(basename "$deb") passes lintian, desktop-file-validate, appstreamcli and man"
}

install_check() {
    local deb="$1" version="$2"
    if [[ "$(id -u)" -ne 0 ]]; then
        echo "check-package: SKIPPED installing the package: this needs root (dpkg -i); run the tests as root"
        exit 77
    fi
    deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
    # Engineers' checkouts on one machine run this at the same time: one installation at a time.
    exec 9>/var/lock/ntm-tracker-package-test.lock
    flock --timeout 900 9 || fail "another package test held the lock for 15 minutes"
    local status
    status="$(dpkg-query --show --showformat='${Status}' ntm-tracker 2>/dev/null || true)"
    if [[ "$status" == *" installed" ]]; then
        echo "check-package: SKIPPED installing: ntm-tracker $(dpkg-query --show --showformat='${Version}' ntm-tracker)" \
            "is installed on this machine already, and this test does not replace it (dpkg --purge ntm-tracker first)"
        exit 77
    fi
    # Global, not local: the EXIT trap runs after this function has returned.
    install_tmp="$(mktemp -d)"
    local tmp="$install_tmp"
    trap 'dpkg --purge ntm-tracker >/dev/null 2>&1 || true; rm -rf "$install_tmp"' EXIT

    step "dpkg -i, then apt-get -f install"
    if ! dpkg -i "$deb"; then
        DEBIAN_FRONTEND=noninteractive apt-get -f install -y --no-install-recommends -o DPkg::Lock::Timeout=300 ||
            fail "apt-get -f install could not install the package's dependencies"
    fi
    [[ "$(dpkg-query --show --showformat='${Status} ${Version}' ntm-tracker)" == "install ok installed $version" ]] ||
        fail "ntm-tracker $version is not installed"
    DEBIAN_FRONTEND=noninteractive apt-get -f install -y --no-install-recommends -o DPkg::Lock::Timeout=300 >/dev/null ||
        fail "apt-get -f install"

    step "the installed programs"
    [[ "$(command -v ntm-cli)" == /usr/bin/ntm-cli ]] || fail "ntm-cli is not /usr/bin/ntm-cli on PATH"
    local out
    out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/ntm-cli --version)"
    [[ "$(head -n 1 <<<"$out")" == "ntm-cli $version" ]] || fail "/usr/bin/ntm-cli --version printed: $out"
    out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/ntm-tracker --version)"
    [[ "$(head -n 1 <<<"$out")" == "ntm-tracker $version" ]] || fail "/usr/bin/ntm-tracker --version printed: $out"
    # What the programs read at run time: the compiled-in data (a database with the criteria sets), Qt's SQLite
    # driver, libxlsxwriter (opened at run time), the Noto Sans font of the reports.
    export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
    export XDG_RUNTIME_DIR="$tmp/run"
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    local mine="$HOME/Documents/xa-duc-yen.ntm"
    mkdir -p "$HOME/Documents"
    /usr/bin/ntm-cli demo "$mine" >/dev/null || fail "the installed ntm-cli could not build the demo database"
    /usr/bin/ntm-cli report "$mine" --commune "Đức Yên" --as-of 2019-12-31 --out "$tmp/report.pdf" >/dev/null ||
        fail "the installed ntm-cli could not write a report"
    grep -q "NotoSans" <<<"$(pdffonts "$tmp/report.pdf")" || fail "the report does not embed Noto Sans (fonts-noto-core)"
    /usr/bin/ntm-cli export-review "$mine" --as-of 2019-12-31 --out "$tmp/review.xlsx" >/dev/null ||
        fail "the installed ntm-cli could not write .xlsx (libxlsxwriter)"
    # The desktop program's first start makes the default database in the user's data folder.
    QT_QPA_PLATFORM=offscreen /usr/bin/ntm-tracker --quit-after-shown >"$tmp/tracker.log" 2>&1 || {
        cat "$tmp/tracker.log" >&2
        fail "the installed ntm-tracker did not start"
    }
    local default="$XDG_DATA_HOME/NTM Tracker/ntm-tracker/ntm-tracker.ntm"
    [[ -f "$default" ]] || fail "ntm-tracker made no default database at $default"
    local before
    before="$(sha256sum "$default" "$mine")"

    step "dpkg --purge keeps the users' databases"
    dpkg --purge ntm-tracker
    [[ ! -e /usr/bin/ntm-tracker && ! -e /usr/bin/ntm-cli ]] || fail "the programs are still there after --purge"
    [[ "$(sha256sum "$default" "$mine")" == "$before" ]] || fail "removing the package changed a user's database"
    trap 'rm -rf "$install_tmp"' EXIT
    echo "check-package: installed, ran and removed ntm-tracker $version; the users' databases are untouched"
}

case "${1:-}" in
    build) build "$2" "$3" ;;
    lint) lint "$2" "$3" ;;
    install) install_check "$2" "$3" ;;
    *)
        echo "usage: check-package.sh build BUILD_DIR OUT_DIR | lint DEB VERSION | install DEB VERSION" >&2
        exit 2
        ;;
esac
