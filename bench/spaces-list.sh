#!/usr/bin/env bash
# The spaces list alone (JSF, anonymous, 16 connections, SECONDS_PER_LOAD [20]) against a static file
# of the same server, on a portal with the demo data and SPACES [48] more open spaces, each with
# themes, value streams and participants, so every page of the list shows 12 full rows. Prints
# req/s, p50 and p99 for both and the table scans one page of the list costs. Same ports and
# clean-up as bin/tori bench. Run it on two builds to compare (bench/RESULTS.md).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SPACES=${SPACES:-48} SECS=${SECONDS_PER_LOAD:-20}
trap bench_cleanup EXIT
bench_lock
bench_build
pg_up; es_up; mail_up; portal_up
jar="$WORK/cookies"; staff_login "$jar"
opens=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ); deadline=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)
for i in $(seq 1 "$SPACES"); do
  id=$(curl -fsS -c "$jar" -b "$jar" -H 'Content-Type: application/json' "$BASE/api/spaces" \
    -d "{\"kind\": \"CONTEST\", \"title\": \"Bench space $i\", \"summary\": \"A space to list\", \"city\": \"Tampere\",
         \"themes\": [\"PEOPLE\", \"PLANET\"], \"valueStreams\": [\"VISITOR\", \"BUSINESS\"],
         \"opensAt\": \"$opens\", \"submissionDeadline\": \"$deadline\"}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" -X PUT -H 'Content-Type: application/json' "$BASE/api/spaces/$id/phase" -d '{"phase": "OPEN"}'
done
sql "INSERT INTO space_participant (space_id, account_id) SELECT s.id, a.id FROM space s CROSS JOIN account a
     WHERE s.title LIKE 'Bench space %' ON CONFLICT DO NOTHING" >/dev/null
curl -fsS -o /dev/null "$BASE/spaces/"
# table scans of the space tables (space, its themes, value streams, participants...): one per query
scans() { sleep 2; sql "SELECT SUM(seq_scan + COALESCE(idx_scan, 0)) FROM pg_stat_user_tables WHERE relname LIKE 'space%'"; }
before=$(scans); for _ in 1 2 3 4 5 6 7 8 9 10; do curl -fsS -o /dev/null "$BASE/spaces/"; done
per_page=$(( ($(scans) - before) / 10 ))
load static 16 "$SECS" "$BASE/resources/css/tori.css"
load spaces 16 "$SECS" "$BASE/spaces/"
{ echo "spaces list, $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+changes'), $(date -u '+%F %H:%M UTC'), $(nproc) cores"
  for run in static spaces; do
    printf '%-8s %8s req/s  p50 %-9s p99 %-9s non-2xx %s\n' "$run" "$(rps $run)" "$(pct $run 50%)" "$(pct $run 99%)" \
      "$(sed -n 's/^ *Non-2xx or 3xx responses: //p' "$WORK/wrk-$run.txt")"
  done
  echo "scans of the space tables per list page: $per_page"; } | tee -a bench/spaces-list-last-run.txt
