#!/usr/bin/env bash
# Renders every view into docs/screenshots (offscreen, from a fresh demo database).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
QT_QPA_PLATFORM=offscreen "$root/build/bin/ntm-screenshots" "$root/docs/screenshots"
# The first page of a commune report and of a district summary, as printed (ntm-cli report, then pdftoppm).
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$root/build/bin/ntm-cli" demo "$tmp/demo.ntm" >/dev/null
"$root/build/bin/ntm-cli" report "$tmp/demo.ntm" --commune "Đức Yên" --as-of 2019-12-31 --out "$tmp/duc-yen.pdf"
"$root/build/bin/ntm-cli" report "$tmp/demo.ntm" --district "Đức Thọ" --as-of 2018-12-31 --out "$tmp/duc-tho.pdf"
for name in duc-yen duc-tho; do
    pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$tmp/$name.pdf" "$root/docs/screenshots/report-$name"
done
