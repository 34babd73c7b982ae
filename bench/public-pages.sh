#!/usr/bin/env bash
# Public pages against the static file of the same server, and bytes on the wire per page.
# Usage: bench/public-pages.sh BASE OUT_ROWS [SECONDS [OUT_PATHS]]  (BASE: a running portal with demo
# content; OUT_PATHS receives the pages measured, one a line)
# Each page is loaded anonymously with 16 connections (wrk, gzip accepted as browsers do) right
# after the static file, so the ratio compares the same moment of a machine that may be busy: first
# as readers get it (a page read in the last two seconds is served kept), then rendered anew for
# every request (Cache-Control: no-cache), which is what a page costs the first time.
# Bytes on the wire: a first visit (empty cache) of the page and everything it links (style
# sheets, scripts, images, the fonts those style sheets name), as curl receives them with gzip.
# Rows: "| figure | value unit | floor name | floor unit | ratio |", as bench/all.sh prints them.
set -euo pipefail
BASE=${1:?BASE}; ROWS=${2:?OUT_ROWS}; SECS=${3:-10}; PATHS_OUT=${4:-/dev/null}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
GZ='Accept-Encoding: gzip, deflate'
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f\n", a / b }'; }
load() { # name url [header]
  timeout $(( SECS + 30 )) wrk -t2 -c16 -d"${SECS}"s --timeout 10s --latency -H "$GZ" ${3:+-H "$3"} "$2" >"$WORK/wrk-$1.txt" 2>&1 || true
}
rps() { awk '/^Requests\/sec:/ { print $2 }' "$WORK/wrk-$1.txt"; }
p50() { awk '$1 == "50%" { print $2 }' "$WORK/wrk-$1.txt"; }
non2xx() { awk '/Non-2xx or 3xx responses:/ { print $NF }' "$WORK/wrk-$1.txt"; }

first() { curl -s --max-time 30 "$BASE$1" | grep -o "$2" | head -1 | sed 's/&amp;/\&/g'; }
space=$(curl -s --max-time 30 "$BASE/api/spaces?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
lesson=$(first /knowledge/ '/knowledge/lesson?id=[0-9]*')
story=$(first /stories/ '/stories/story?[^"]*id=[0-9]*')
pages=(/ /spaces/ "/spaces/space?id=$space" /knowledge/ "$lesson" /stories/ "$story" "/search/?q=" "/search/?q=pilot" /scorecard/)
printf '%s\n' "${pages[@]}" >"$PATHS_OUT"

wire() { # path -> bytes received for the page and what it links, gzip accepted
  python3 - "$BASE" "$1" <<'PY'
import gzip, re, sys, urllib.request
from urllib.parse import urljoin
base, path = sys.argv[1], sys.argv[2]
def get(url):
    r = urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Encoding": "gzip"}), timeout=30)
    raw = r.read()
    head = sum(len(k) + len(v) + 4 for k, v in r.getheaders()) + 17
    body = gzip.decompress(raw) if r.headers.get("Content-Encoding") == "gzip" else raw
    return len(raw) + head, body.decode("utf-8", "replace")
page = urljoin(base, path)
total, html = get(page)
seen, parts = set(), [f"page {total}"]
links = re.findall(r'<link[^>]+href="([^"]+)"', html) + re.findall(r'<script[^>]+src="([^"]+)"', html) + re.findall(r'<img[^>]+src="([^"]+)"', html)
for link in links:
    url = urljoin(page, link.replace("&amp;", "&"))
    if url in seen or url.startswith("data:"):
        continue
    seen.add(url)
    n, text = get(url)
    total += n
    if ".css" in url:  # fonts and images a style sheet names, when the page uses them (counted as if it did)
        for ref in re.findall(r'url\(["\']?([^"\')]+)', text):
            if ref.startswith("data:") or "#" in ref.split("?")[0]:
                continue
            font = urljoin(url, ref)
            if font not in seen and font.split("?")[0].endswith(".woff2"):
                seen.add(font); total += get(font)[0]
print(total, len(seen) + 1)
PY
}

# warm-up: every page (and the static file) 3 s on 4 connections before any is measured, so the first
# page measured does not pay for the just-started portal's compilation (the 2026-12-05 run measured `/`
# at 2.4 req/s first and at 31.9 req/s minutes later)
for page in "${pages[@]}" /resources/css/tori.css; do
  timeout 40 wrk -t1 -c4 -d3s --timeout 10s -H "$GZ" "$BASE$page" >/dev/null 2>&1 || true
done
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr -c 'a-z0-9' '_')
  load "static$name" "$BASE/resources/css/tori.css"
  load "page$name" "$BASE$page"
  # the same page rendered for every request (a browser's reload sends no-cache), as before pages were kept
  load "anew$name" "$BASE$page" "Cache-Control: no-cache"
  read -r bytes files < <(wire "$page")
  printf '| public page `%s`, 16 connections, gzip (p50 %s, non-2xx %s) | %s req/s | static file, same server, just before (p50 %s) | %s req/s | %s |\n' \
    "$page" "$(p50 "page$name")" "$(non2xx "page$name" || true)" "$(rps "page$name")" "$(p50 "static$name")" "$(rps "static$name")" \
    "$(ratio "$(rps "static$name")" "$(rps "page$name")")" >>"$ROWS"
  printf '| public page `%s` rendered anew for each request (Cache-Control: no-cache; p50 %s) | %s req/s | static file, same server, just before | %s req/s | %s |\n' \
    "$page" "$(p50 "anew$name")" "$(rps "anew$name")" "$(rps "static$name")" "$(ratio "$(rps "static$name")" "$(rps "anew$name")")" >>"$ROWS"
  printf '| bytes on the wire, first visit of `%s` (%s files, gzip; goal ≤ 60 KiB) | %s KiB | — | 60 KiB | %s |\n' \
    "$page" "$files" "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1024 }')" "$(ratio "$bytes" 61440)" >>"$ROWS"
done
