#!/usr/bin/env bash
# `bin/tori bench`: every figure against its floor, measured side by side in the same run, printed as
# one table (bench/last-run.md; bench/RESULTS.md keeps the recorded runs). The portal runs on
# PostgreSQL, a local Elasticsearch and GreenMail, all on loopback and the bench's own ports (see
# bench/lib.sh); every load is bounded in time and everything started is stopped on exit.
# N lessons [100000], MAILS [10000], SECONDS per page load [20], LOAD_SECONDS before the heap [60],
# PUBLIC_SECONDS per public page and its static file [10].
set -euo pipefail
source "$(dirname "$0")/lib.sh"
N=${N:-100000} MAILS=${MAILS:-10000} SECS=${SECONDS_PER_LOAD:-20} LOAD_SECONDS=${LOAD_SECONDS:-60}
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

# the services first (the first start fetches Elasticsearch and builds its plugin: not part of a cold start)
log "starting PostgreSQL, Elasticsearch and GreenMail"
pg_up; es_up; mail_up

# --- cold start: `bin/tori run` on a fresh data directory (H2, its own Elasticsearch) to the first
# page, against Payara Micro serving a one-file WAR
log "cold start"
mkdir -p "$WORK/empty"; echo ok >"$WORK/empty/index.html"
(cd "$WORK/empty" && python3 -c 'import zipfile; z = zipfile.ZipFile("../empty.war", "w"); z.write("index.html")')
start=$(date +%s.%N)
java -jar target/payara-micro.jar --deploy "$WORK/empty.war" --contextroot / --port 18491 --nocluster --rootdir "$WORK/empty-payara" \
  >"$WORK/empty.log" 2>&1 9>&- &
pid=$!; BG_PIDS+=("$pid")
floor_start=$(first_page "http://127.0.0.1:18491/index.html" "$pid" "$WORK/empty.log")
kill "$pid"; wait "$pid" 2>/dev/null || true
start=$(date +%s.%N)
TORI_PORT=18492 TORI_DATA="$WORK/cold" TORI_ES_PORT=9491 TORI_SMTP_PORT=2791 TORI_MAIL_API_PORT=8791 TORI_SKIP_BUILD=1 \
  TORI_OPERATOR_TOKEN='' bin/tori run >"$WORK/cold.log" 2>&1 9>&- &
pid=$!; BG_PIDS+=("$pid")
cold=$(first_page "http://127.0.0.1:18492/" "$pid" "$WORK/cold.log")
kill "$pid"; wait "$pid" 2>/dev/null || true
row "cold start, \`bin/tori run\` to first page (fresh data, H2, own Elasticsearch)" "$cold" "Payara Micro, one-file WAR, to first page" "$floor_start" s "$(ratio "$cold" "$floor_start")"

# --- the portal on PostgreSQL
log "starting the portal"
portal_up; ready=$READY
log "portal ready in $ready s"
heap_idle=$(heap_used)

# --- search on the demo content (20 queries fi/en/sv, 1-4 words, some with typos), before the lessons
log "search latency on the demo content"
wait_index_drained 120
PORTAL="$BASE" ES="$ESURL" timeout 600 python3 bench/search_floor.py demo | tee "$WORK/search-demo.txt" >&2
demo() { sed -n "$1" "$WORK/search-demo.txt" | head -1; }
d50=$(demo 's/.*API p50 \([0-9.]*\) ms.*/\1/p'); d99=$(demo 's/.*API p50 [0-9.]* ms, p99 \([0-9.]*\) ms.*/\1/p')
f50=$(demo 's/.*floor (plain match on body) p50 \([0-9.]*\) ms.*/\1/p'); f99=$(demo 's/.*floor (plain match on body) p50 [0-9.]* ms, p99 \([0-9.]*\) ms.*/\1/p')
row "search API p50, demo content, 20 queries fi/en/sv with typos (goal ≤ 30 ms)" "$d50" "plain \`match\` on \`body\`, same index and words" "$f50" ms "$(ratio "$d50" "$f50")"
row "search API p99, demo content (goal ≤ 100 ms)" "$d99" "plain \`match\` on \`body\`, same index and words" "$f99" ms "$(ratio "$d99" "$f99")"

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
row "full reindex, knowledge index ($docs documents)" "$rebuild" "raw \`_bulk\` of the same documents" "$raw" s "$(ratio "$rebuild" "$raw")"

# --- pages, anonymous, 16 connections, against a static file of the same server
log "page throughput (16 connections, $SECS s each)"
sql "SELECT id FROM lesson WHERE visibility = 'PUBLIC' AND status = 'PUBLISHED' ORDER BY id LIMIT 200" \
  | sed 's|^|/knowledge/lesson?id=|' >"$WORK/lesson-paths"
log "lesson page answers $(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$BASE$(head -1 "$WORK/lesson-paths")") ($(grep -c . "$WORK/lesson-paths") lessons)"
load static 16 "$SECS" "$BASE/resources/css/tori.css"
load spaces 16 "$SECS" "$BASE/spaces/"
lesson_pages_before_after "$SECS"
row "spaces list (JSF, anonymous), 16 connections" "$(rps spaces)" "static file, same server" "$(rps static)" "req/s" "$(ratio "$(rps static)" "$(rps spaces)")"
row "lesson page with similar lessons (JSF, anonymous, 200 lessons in turn)" "$(rps lesson)" "static file, same server" "$(rps static)" "req/s" "$(ratio "$(rps static)" "$(rps lesson)")"

row "lesson page, similar lessons without max_doc_freq (before the fix)" "$(rps lessonbefore)" "static file, same server" "$(rps static)" "req/s" "$(ratio "$(rps static)" "$(rps lessonbefore)")"

# --- public pages, each beside the static file measured just before it; bytes on the wire per page
log "public pages (16 connections, ${PUBLIC_SECONDS:-10} s each) and bytes on the wire"
bench/public-pages.sh "$BASE" "$ROWS" "${PUBLIC_SECONDS:-10}"

# --- the similar-lessons query (more_like_this) straight to Elasticsearch, with the portal's
# max_doc_freq and without it (how it was before bench/RESULTS.md's fix)
python3 - "$ESURL" "$WORK/lesson-paths" >"$WORK/similar.txt" <<'PY'
import json, statistics, sys, time, urllib.request
es, paths = sys.argv[1], [l.strip().split("=")[1] for l in open(sys.argv[2])][:60]
def q(lid, cap):
    mlt = {"fields": ["title", "body", "tags"], "like": [{"_index": "tori-knowledge", "_id": f"lesson-{lid}"}],
           "min_term_freq": 1, "min_doc_freq": 1, "max_query_terms": 40, "minimum_should_match": "10%"}
    if cap: mlt["max_doc_freq"] = cap
    body = {"size": 5, "query": {"bool": {"must": {"more_like_this": mlt}, "filter": [{"term": {"kind": "lesson"}}],
                                          "must_not": {"ids": {"values": [f"lesson-{lid}"]}}}}}
    req = urllib.request.Request(f"{es}/tori-knowledge/_search?request_cache=false", json.dumps(body).encode(), {"Content-Type": "application/json"})
    t = time.perf_counter(); r = json.load(urllib.request.urlopen(req, timeout=60))
    return (time.perf_counter() - t) * 1000, len(r["hits"]["hits"])
for cap in (None, 2000):
    runs = [q(l, cap) for l in paths]
    print(f"{'with max_doc_freq 2000' if cap else 'without max_doc_freq'}: p50 {statistics.median(r[0] for r in runs):.1f} ms, "
          f"lessons with similar ones {sum(1 for r in runs if r[1])}/{len(runs)}")
PY
cat "$WORK/similar.txt" >&2
mlt_before=$(sed -n 's/^without max_doc_freq: p50 \([0-9.]*\) ms.*/\1/p' "$WORK/similar.txt")
mlt_after=$(sed -n 's/^with max_doc_freq 2000: p50 \([0-9.]*\) ms.*/\1/p' "$WORK/similar.txt")
row "similar lessons query, more_like_this without max_doc_freq (before)" "$mlt_before" "the same with max_doc_freq 2000 (now)" "$mlt_after" ms "$(ratio "$mlt_before" "$mlt_after")"

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
row "$MAILS notifications delivered ($sent sent; fan-out, rendering, outbox)" "$mail_rate" "raw SMTP, one connection, same server" "$raw_rate" "mails/s" "$(ratio "$raw_rate" "$mail_rate")"

# --- mixed load for LOAD_SECONDS, then the heap
log "mixed load, 16 connections, $LOAD_SECONDS s; heap after"
{ echo /; echo /spaces/; echo /knowledge/; echo "/search/?q=pilot"; echo "/api/search?q=winter"; echo /api/spaces;
  echo /resources/css/tori.css; head -20 "$WORK/lesson-paths"; } >"$WORK/mixed-paths"
only_ok "$WORK/mixed-paths"
BENCH_PATHS="$WORK/mixed-paths" load heap 16 "$LOAD_SECONDS" "$BASE" bench/mixed.lua
heap_load=$(heap_used)
row "heap in use after ${LOAD_SECONDS} s mixed load (after full GC)" "$heap_load" "the same after start, before any load" "$heap_idle" MB "$(ratio "$heap_load" "$heap_idle")"

{
  echo "### $(date -u '+%F %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| figure | value | floor, measured in the same run | floor | ratio (×floor, 1 = floor) |"
  echo "|---|---|---|---|---|"
  cat "$ROWS"
  echo
  echo "Portal ready after ${ready} s on PostgreSQL. $loaded"
  echo "Page loads: $(grep -c . "$WORK/lesson-paths") lesson pages in turn; wrk p50/p99 static $(pct static 50%)/$(pct static 99%), spaces $(pct spaces 50%)/$(pct spaces 99%), lesson $(pct lesson 50%)/$(pct lesson 99%); 5xx during the lesson load: $(sed -n 's/^5xx: //p' "$WORK/wrk-lesson.txt")."
  echo "Mixed load ($LOAD_SECONDS s, 16 connections): $(rps heap) req/s, p50 $(pct heap 50%), p99 $(pct heap 99%), 5xx $(sed -n 's/^5xx: //p' "$WORK/wrk-heap.txt")."
  echo "JFR during the lesson pages before the fix: $(tr '\n' ';' <"$WORK/jfr.txt")"
  echo "Similar lessons straight to ES: $(tr '\n' ';' <"$WORK/similar.txt")"
} >"$WORK/table.md"
cp "$WORK/table.md" bench/last-run.md
cat "$WORK/table.md"
