#!/usr/bin/env bash
# The lesson page alone, before and after the similar-lessons fix (bench/RESULTS.md): N lessons
# [100000] loaded through the import API into a portal on PostgreSQL, then the same 200 lesson pages
# (JSF, anonymous, 16 connections, SECONDS [20]) against a static file of the same server, with the
# more_like_this as it was (no max_doc_freq) and as it is. Same ports and clean-up as bin/tori bench.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
N=${N:-100000} SECS=${SECONDS_PER_LOAD:-20}
trap bench_cleanup EXIT
bench_lock
bench_build
pg_up; es_up; mail_up; portal_up
mkdir -p "$WORK/lessons"
python3 bench/knowledge_gen.py "$N" "$WORK/lessons" 2000
PORTAL="$BASE" ES="$ESURL" python3 -c 'import glob, sys; sys.path.insert(0, "bench"); import knowledge
knowledge.load(sorted(glob.glob(sys.argv[1] + "/lessons-*.json")))' "$WORK/lessons" >&2
sql "SELECT id FROM lesson WHERE visibility = 'PUBLIC' AND status = 'PUBLISHED' ORDER BY id LIMIT 200" \
  | sed 's|^|/knowledge/lesson?id=|' >"$WORK/lesson-paths"
load static 16 "$SECS" "$BASE/resources/css/tori.css"
lesson_pages_before_after "$SECS"
{ for run in static lessonbefore lesson; do
  printf '%-13s %8s req/s  p50 %-9s p99 %-9s 5xx %s  non-2xx %s\n' "$run" "$(rps $run)" "$(pct $run 50%)" "$(pct $run 99%)" \
    "$(sed -n 's/^5xx: //p' "$WORK/wrk-$run.txt")" "$(sed -n 's/^ *Non-2xx or 3xx responses: //p' "$WORK/wrk-$run.txt")"
done; cat "$WORK/jfr.txt"; } | tee bench/lesson-page-last-run.txt
