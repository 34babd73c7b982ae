#!/usr/bin/env bash
# `bin/tori bench`: every figure of issue 28's table against its floor, measured side by side in the
# same run, printed as one table (bench/last-run.md; bench/RESULTS.md keeps the recorded runs). The
# portal runs on PostgreSQL, a local Elasticsearch and GreenMail, all on loopback and the bench's own
# ports (see bench/lib.sh); every load is bounded in time and everything started is stopped on exit.
# Rows: cold start against a bare Payara Micro and Elasticsearch start; search API p50/p99 on the demo
# content against a plain match; search API throughput and public pages against a static file; bytes on
# the wire; FCP/LCP in Chromium's mobile profile; mails against raw SMTP; mixed load; search on N
# lessons against a plain match; full reindex against a raw _bulk. About 15 minutes on 2 cores.
# `--large` (bin/tori bench --large, or LARGE=1): N=100000 lessons, about 20 minutes more.
# N lessons [2000; 100000 with --large], MAILS [10000], SECONDS_PER_LOAD for the search throughput [10],
# PUBLIC_SECONDS per public page and its static file [5], MIXED_SECONDS of 50 connections [60],
# SEARCH_ROUNDS of the 20 queries [5], PAINT_ROUNDS per page in Chromium [5], COLD_ROUNDS of the cold start [3].
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ "${1:-}" = --large ] && LARGE=1
if [ -n "${LARGE:-}" ]; then N=${N:-100000}; else N=${N:-2000}; fi
COLD_ROUNDS=${COLD_ROUNDS:-3} MAILS=${MAILS:-10000} SECS=${SECONDS_PER_LOAD:-10} MIXED_SECONDS=${MIXED_SECONDS:-60} PUBLIC_SECONDS=${PUBLIC_SECONDS:-5}
ROWS="$WORK/rows"
trap bench_cleanup EXIT
bench_lock
bench_build
row() { # figure name, value, floor name, floor value, unit, ratio (value per floor: 1 is the floor, more is worse)
  printf '| %s | %s %s | %s | %s %s | %s |\n' "$1" "$2" "$5" "$3" "$4" "$5" "$6" >>"$ROWS"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f\n", a / b }'; }
first_page() { # url pid log -> seconds since $start (global)
  until curl -fs -o /dev/null --max-time 5 "$1"; do
    kill -0 "$2" 2>/dev/null || { tail -20 "$3" >&2; exit 1; }
    sleep 0.2
  done
  awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f\n", e - s }'
}
heap_used() { # MB of heap in use after a full GC
  jcmd "$PORTAL_PID" GC.run >/dev/null
  jcmd "$PORTAL_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit } }'
}

# --- cold start: `bin/tori run` on a fresh data directory (H2, its own Elasticsearch) to the first
# page, against the bare parts it starts one after the other: Elasticsearch on a fresh data directory
# to its first health answer, then Payara Micro serving a one-file WAR to its first page. A start on
# two cores moves by seconds from one try to the next: COLD_ROUNDS [3] rounds of floor and portal in
# turn, each after the machine is quiet; the rows give the medians, the notes every round.
log "cold start, $COLD_ROUNDS rounds"
# the first start fetches Elasticsearch and builds its plugin: not part of a cold start
fetch_tools; ensure_analysis_plugin "$(find_es_java_home)"
mkdir -p "$WORK/empty"; echo ok >"$WORK/empty/index.html"
(cd "$WORK/empty" && python3 -c 'import zipfile; z = zipfile.ZipFile("../empty.war", "w"); z.write("index.html")')
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
floors_es=() floors_payara=() floors=() colds=() cold_rounds=""
for round in $(seq 1 "$COLD_ROUNDS"); do
  settle
  rm -rf "$WORK/es-floor"
  start=$(date +%s.%N)
  es_start 9492 "$WORK/es-floor" 9>&- >/dev/null
  fe=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f\n", e - s }')
  es_stop "$WORK/es-floor"
  settle
  rm -rf "$WORK/empty-payara"
  start=$(date +%s.%N)
  java -jar target/payara-micro.jar --deploy "$WORK/empty.war" --contextroot / --port 18491 --nocluster --rootdir "$WORK/empty-payara" \
    >"$WORK/empty.log" 2>&1 9>&- &
  pid=$!; BG_PIDS+=("$pid")
  fp=$(first_page "http://127.0.0.1:18491/index.html" "$pid" "$WORK/empty.log")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  settle
  rm -rf "$WORK/cold"
  start=$(date +%s.%N)
  TORI_PORT=18492 TORI_DATA="$WORK/cold" TORI_ES_PORT=9491 TORI_SMTP_PORT=2791 TORI_MAIL_API_PORT=8791 TORI_SKIP_BUILD=1 \
    TORI_OPERATOR_TOKEN='' bin/tori run >"$WORK/cold.log" 2>&1 9>&- &
  pid=$!; BG_PIDS+=("$pid")
  c=$(first_page "http://127.0.0.1:18492/" "$pid" "$WORK/cold.log")
  parts="deployed in $(grep -o 'tori was successfully deployed in [0-9,]* milliseconds' "$WORK/cold/logs/payara.log" | head -1 | sed 's/.*deployed in \([0-9,]*\) milliseconds/\1 ms/'), Payara ready $(grep -o 'ready in [0-9,]* (ms)' "$WORK/cold/logs/payara.log" | head -1 | sed 's/ready in \([0-9,]*\) (ms)/\1 ms/') after its launch"
  if [ "$round" = 1 ]; then
    # the demo content is seeded after the first page: ready = database, search, mail and demo all UP
    cold_ready=$(first_page "http://127.0.0.1:18492/health/ready" "$pid" "$WORK/cold.log")
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  floors_es+=("$fe") floors_payara+=("$fp") floors+=("$(awk -v a="$fe" -v b="$fp" 'BEGIN { printf "%.1f\n", a + b }')") colds+=("$c")
  cold_rounds="$cold_rounds; round $round: portal $c s ($parts), floor ${floors[-1]} s (Elasticsearch $fe + Payara $fp), $(ratio "$c" "${floors[-1]}")×"
  log "cold start round $round: portal $c s, floor ${floors[-1]} s"
done
cold=$(median "${colds[@]}") floor_start=$(median "${floors[@]}") floor_es=$(median "${floors_es[@]}") floor_payara=$(median "${floors_payara[@]}")
cold_parts="${cold_rounds#; }; Elasticsearch and GreenMail at nice 19 until the first page"
row "cold start, \`bin/tori run\` to first page (fresh data, H2, own Elasticsearch), median of $COLD_ROUNDS rounds (goal ≤ 1.5×)" "$cold" "Elasticsearch, fresh data, to health ($floor_es s) + Payara Micro, one-file WAR, to first page ($floor_payara s), medians of the same rounds" "$floor_start" s "$(ratio "$cold" "$floor_start")"
row "cold start to ready (demo content seeded and indexed, /health/ready UP; first round)" "$cold_ready" "the floor of the first round" "${floors[0]}" s "$(ratio "$cold_ready" "${floors[0]}")"

# --- the services of the rest of the bench, started after the cold start: a service just started
# keeps a core busy for a while after it answers, and would weigh on the cold start and its floor
log "starting PostgreSQL, Elasticsearch and GreenMail"
pg_up; es_up; mail_up
settle

# --- the portal on PostgreSQL, demo content
log "starting the portal"
portal_up; ready=$READY
log "portal ready in $ready s"
heap_idle=$(heap_used)

# --- search on the demo content (20 queries fi/en/sv, 1-4 words, some with typos)
log "search latency on the demo content"
wait_index_drained 120
settle
PORTAL="$BASE" ES="$ESURL" ROUNDS=${SEARCH_ROUNDS:-5} timeout 600 python3 bench/search_floor.py demo | tee "$WORK/search-demo.txt" >&2
demo() { sed -n "$1" "$WORK/search-demo.txt" | head -1; }
d50=$(demo 's/.*API p50 \([0-9.]*\) ms.*/\1/p'); d99=$(demo 's/.*API p50 [0-9.]* ms, p99 \([0-9.]*\) ms.*/\1/p')
f50=$(demo 's/.*floor (plain match on body) p50 \([0-9.]*\) ms.*/\1/p'); f99=$(demo 's/.*floor (plain match on body) p50 [0-9.]* ms, p99 \([0-9.]*\) ms.*/\1/p')
row "search API p50, demo content, 20 queries fi/en/sv with typos, one client, after 60 s of the same questions (goal ≤ 30 ms)" "$d50" "plain \`match\` on \`body\`, same index and words" "$f50" ms "$(ratio "$d50" "$f50")"
row "search API p99, demo content (goal ≤ 100 ms)" "$d99" "plain \`match\` on \`body\`, same index and words" "$f99" ms "$(ratio "$d99" "$f99")"
c50=$(sed -n 's/.*cached p50 \([0-9.]*\) ms.*/\1/p' "$WORK/search-demo.txt" | head -1); c99=$(sed -n 's/.*cached p50 [0-9.]* ms, p99 \([0-9.]*\) ms.*/\1/p' "$WORK/search-demo.txt" | head -1)
row "search API p50, the same question asked again (the answer kept two seconds)" "$c50" "plain \`match\` on \`body\`, same index and words" "$f50" ms "$(ratio "$c50" "$f50")"
row "search API p99, the same question asked again" "$c99" "plain \`match\` on \`body\`, same index and words" "$f99" ms "$(ratio "$c99" "$f99")"

# --- search API throughput: the same 20 queries in turn on 16 connections, beside the static file
log "search API throughput (16 connections, $SECS s)"
PORTAL="$BASE" ES="$ESURL" python3 -c 'import sys, urllib.parse; sys.path.insert(0, "bench"); import search_floor
print("\n".join("/api/search?q=" + urllib.parse.quote(q) for q in search_floor.QUERIES))' >"$WORK/search-paths"
load static 16 "$SECS" "$BASE/resources/css/tori.css"
BENCH_PATHS="$WORK/search-paths" load searchload 16 "$SECS" "$BASE" bench/mixed.lua
row "search API throughput, demo content, 16 connections (goal ≥ 300 req/s; p50 $(pct searchload 50%), p99 $(pct searchload 99%), 5xx $(sed -n 's/^5xx: //p' "$WORK/wrk-searchload.txt"))" \
  "$(rps searchload)" "static file, same server, just before" "$(rps static)" "req/s" "$(ratio "$(rps static)" "$(rps searchload)")"
BENCH_NO_CACHE=1 BENCH_PATHS="$WORK/search-paths" load searchfresh 16 "$SECS" "$BASE" bench/mixed.lua
row "search API throughput, every answer from Elasticsearch (Cache-Control: no-cache), 16 connections (p50 $(pct searchfresh 50%), p99 $(pct searchfresh 99%), 5xx $(sed -n 's/^5xx: //p' "$WORK/wrk-searchfresh.txt"))" \
  "$(rps searchfresh)" "static file, same server, just before" "$(rps static)" "req/s" "$(ratio "$(rps static)" "$(rps searchfresh)")"

# --- public pages, each beside the static file measured just before it; bytes on the wire per page;
# the portal profiled with JFR meanwhile (bench/jfr_top.py: where the request threads spend their time)
log "public pages (16 connections, $PUBLIC_SECONDS s each), bytes on the wire, JFR"
jcmd "$PORTAL_PID" JFR.start name=pages settings=profile filename="$WORK/pages.jfr" >/dev/null
bench/public-pages.sh "$BASE" "$ROWS" "$PUBLIC_SECONDS" "$WORK/public-paths"
jcmd "$PORTAL_PID" JFR.stop name=pages >/dev/null
timeout 180 python3 bench/jfr_top.py "$WORK/pages.jfr" 8 >"$WORK/jfr.txt" 2>&1 || true
cat "$WORK/jfr.txt" >&2

# --- first and largest contentful paint, Chromium's mobile profile (4x CPU, 1.6 Mbit/s, 150 ms)
log "FCP / LCP of the public pages in Chromium's mobile profile"
mapfile -t public <"$WORK/public-paths"
ROUNDS=${PAINT_ROUNDS:-5} timeout 900 python3 bench/paint.py "$BASE" "${public[@]}" | tee "$WORK/paint.txt" >&2 || true
while read -r _ path _ fcp _ _ lcp _; do
  row "FCP, \`${path%:}\`, Chromium mobile profile, first visit (goal ≤ 1.0 s)" "$fcp" "—" "1000" ms "$(ratio "$fcp" 1000)"
  row "LCP, \`${path%:}\`, Chromium mobile profile, first visit (goal ≤ 1.5 s)" "$lcp" "—" "1500" ms "$(ratio "$lcp" 1500)"
done < <(grep '^paint ' "$WORK/paint.txt")

# --- mail: MAILS notifications through the real path to GreenMail, against the same number of
# mails sent straight to GreenMail over one SMTP connection
log "$MAILS notifications to the local SMTP server"
start=$(date +%s.%N)
open_space_mailing "$MAILS" benchmail
wait_mails benchmail "$MAILS" 900
sent=$(mails_sent benchmail)
mail_rate=$(awk -v n="$sent" -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f\n", n / (e - s) }')
raw_rate=$(timeout 300 python3 - "$SMTP" "$MAILS" <<'PY'
import smtplib, sys, time
from email.message import EmailMessage
port, n = int(sys.argv[1]), int(sys.argv[2])
s = smtplib.SMTP("127.0.0.1", port); t = time.time()
for i in range(n):
    m = EmailMessage(); m["From"] = "tori@bench.tori.test"; m["To"] = f"raw{i % 500}@bench.tori.test"; m["Subject"] = "Space opened"
    m.set_content("A new contest opened in your city. " * 30); m.add_alternative("<p>" + "A new contest opened in your city. " * 30 + "</p>", subtype="html")
    s.send_message(m)
s.quit(); print(f"{n / (time.time() - t):.0f}")
PY
)
row "$MAILS notifications delivered ($sent sent; fan-out, rendering, outbox) (goal ≤ 1.5×)" "$mail_rate" "raw SMTP, one connection, same server" "$raw_rate" "mails/s" "$(ratio "$raw_rate" "$mail_rate")"

# --- mixed load: 50 connections for MIXED_SECONDS over pages, API, search and static files; then the heap
log "mixed load, 50 connections, $MIXED_SECONDS s; heap after"
{ echo /; echo /spaces/; echo /knowledge/; echo /stories/; echo "/search/?q=pilot"; echo "/api/search?q=winter"; echo /api/spaces
  echo /resources/css/tori.css; cat "$WORK/public-paths"; } | sort -u >"$WORK/mixed-paths"
only_ok "$WORK/mixed-paths"
BENCH_PATHS="$WORK/mixed-paths" load mixed 50 "$MIXED_SECONDS" "$BASE" bench/mixed.lua
mixed5xx=$(sed -n 's/^5xx: //p' "$WORK/wrk-mixed.txt")
row "mixed load, 50 connections × $MIXED_SECONDS s, $(grep -c . "$WORK/mixed-paths") paths (goal ≥ 300 req/s, p99 ≤ 1 s, 0 5xx; p50 $(pct mixed 50%), p99 $(pct mixed 99%), 5xx ${mixed5xx:-?})" \
  "$(rps mixed)" "— (goal)" 300 "req/s" "$(ratio 300 "$(rps mixed)")"
heap_load=$(heap_used)
row "heap in use after the mixed load (after full GC)" "$heap_load" "the same after start, before any load" "$heap_idle" MB "$(ratio "$heap_load" "$heap_idle")"

# --- N lessons through the import API: search latency against the plain match, full reindex against
# a raw _bulk of the same documents (last: the lessons change what the pages above would show)
log "generating and loading $N lessons, search latency, reindex against raw _bulk"
mkdir -p "$WORK/lessons"
python3 bench/knowledge_gen.py "$N" "$WORK/lessons" 2000
PORTAL="$BASE" ES="$ESURL" QUERIES=${QUERIES:-100} timeout 3000 python3 bench/knowledge.py "$WORK/lessons" | tee "$WORK/knowledge.txt" >&2
num() { sed -n "$1" "$WORK/knowledge.txt" | head -1; }
api50=$(num 's/^latency search API: p50 \([0-9.]*\) ms.*/\1/p'); api99=$(num 's/^latency search API: .*p99 \([0-9.]*\) ms.*/\1/p')
es50=$(num 's/^latency plain match on body: p50 \([0-9.]*\) ms.*/\1/p'); es99=$(num 's/^latency plain match on body: .*p99 \([0-9.]*\) ms.*/\1/p')
rebuild=$(num 's/^reindex: .* documents in \([0-9.]*\) s$/\1/p'); raw=$(num 's/^raw _bulk: \([0-9]*\) documents in \([0-9.]*\) s.*/\2/p')
docs=$(num 's/^raw _bulk: \([0-9]*\) documents.*/\1/p')
loaded=$(num 's/^load: \(.*\)$/\1/p')
row "search API p50, $N lessons (goal ≤ 60 ms, ≤ 5× floor)" "$api50" "plain \`match\` on \`body\`, same index and words" "$es50" ms "$(ratio "$api50" "$es50")"
row "search API p99, $N lessons (goal ≤ 300 ms)" "$api99" "plain \`match\` on \`body\`, same index and words" "$es99" ms "$(ratio "$api99" "$es99")"
row "full reindex, knowledge index, $N lessons ($docs documents), median of ${REBUILD_ROUNDS:-3} rounds after ${REBUILD_WARMUP:-1} warm-up round, each beside its raw \`_bulk\` (goal ≤ 1.5×)" "$rebuild" "raw \`_bulk\` of the same documents, median of the same rounds" "$raw" s "$(ratio "$rebuild" "$raw")"

{
  echo "### $(date -u '+%F %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| figure | value | floor, measured in the same run | floor | ratio (×floor, 1 = floor) |"
  echo "|---|---|---|---|---|"
  cat "$ROWS"
  echo
  echo "Cold start: $cold_parts."
  echo "Portal ready after ${ready} s on PostgreSQL. $loaded"
  echo "Mixed load: $(grep -c . "$WORK/mixed-paths") paths in turn, 50 connections, $MIXED_SECONDS s: $(rps mixed) req/s, p50 $(pct mixed 50%), p99 $(pct mixed 99%), 5xx ${mixed5xx:-?}, stack traces $(sed -n 's/^stack traces: //p' "$WORK/wrk-mixed.txt")."
  echo
  echo "JFR (settings=profile) on the portal during the public-page loads, first Tori frame of each stack:"
  sed 's/^/- /' "$WORK/jfr.txt"
} >"$WORK/table.md"
cp "$WORK/table.md" bench/last-run.md
cat "$WORK/table.md"
