#!/usr/bin/env bash
# Renders every view into docs/screenshots (offscreen, from a fresh demo database).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
QT_QPA_PLATFORM=offscreen "$root/build/bin/ntm-screenshots" "$root/docs/screenshots"
# Pages of the printed reports (ntm-cli report, then pdftoppm): the first page of a commune report and of a
# district summary, and the pages that hold the criterion timeline and the provincial review's figures.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$root/build/bin/ntm-cli" demo "$tmp/demo.ntm" >/dev/null
"$root/build/bin/ntm-cli" report "$tmp/demo.ntm" --commune "Đức Yên" --as-of 2019-12-31 --out "$tmp/duc-yen.pdf"
"$root/build/bin/ntm-cli" report "$tmp/demo.ntm" --district "Đức Thọ" --as-of 2018-12-31 --out "$tmp/duc-tho.pdf"
"$root/build/bin/ntm-cli" report "$tmp/demo.ntm" --as-of 2018-12-31 --out "$tmp/province.pdf"
"$root/build/bin/ntm-cli" report "$tmp/demo.ntm" --commune "Thạch Khê" --member "Lưu Xuân Đồng" --as-of 2017-12-31 \
    --out "$tmp/member.pdf"
# page PDF PNG-NAME [TEXT]: the first page, or the first page whose text holds TEXT.
page() {
    local number=1
    if [[ $# -gt 2 ]]; then
        local count
        count="$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')"
        for ((i = 1; i <= count; i++)); do
            if pdftotext -f "$i" -l "$i" -enc UTF-8 "$1" - | grep -qF "$3"; then
                number=$i
                break
            fi
        done
    fi
    pdftoppm -png -r 100 -f "$number" -l "$number" -singlefile "$1" "$root/docs/screenshots/$2"
}
page "$tmp/duc-yen.pdf" report-duc-yen
page "$tmp/duc-tho.pdf" report-duc-tho
page "$tmp/duc-yen.pdf" report-duc-yen-timeline "Dòng thời gian tiêu chí"
page "$tmp/duc-tho.pdf" report-duc-tho-recognitions "Số xã đạt chuẩn NTM theo năm"
page "$tmp/duc-tho.pdf" report-duc-tho-missed "Các tiêu chí nhiều xã chưa đạt nhất"
page "$tmp/province.pdf" report-province-averages "Số tiêu chí đạt bình quân theo thời gian"
page "$tmp/member.pdf" report-member-summary
