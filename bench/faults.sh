#!/usr/bin/env bash
# `bin/tori bench faults`: the fault drills, each bounded, on the bench's own loopback ports
# (bench/lib.sh): Elasticsearch stopped for 60 s while users write; SMTP refusing for 60 s; the
# portal killed with kill -9 under write load and restarted; PostgreSQL restarted under load; 50
# connections × 60 s of mixed pages and API calls. Prints one PASS or FAIL line per drill with its
# figures (bench/faults-last-run.txt). OUTAGE [60] seconds, MAILS_SMTP [300], MAILS_KILL [6000],
# KILLS [3] (kill -9 this many times during one mail drain), ONLY ["1 2 3 4 5"] (the drills to run).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUTAGE=${OUTAGE:-60} MAILS_SMTP=${MAILS_SMTP:-300} MAILS_KILL=${MAILS_KILL:-6000} KILLS=${KILLS:-3} ONLY=${ONLY:-1 2 3 4 5}
want() { [[ " $ONLY " == *" $1 "* ]]; }
trap bench_cleanup EXIT
bench_lock
bench_build
OUT="$WORK/faults.txt"
verdict() { # ok? line
  if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; fi | tee -a "$OUT"
}
now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f", e - s }'; }
converged() { # writes-json prefix -> figures; status 0 when equal
  sql "SELECT id || '|' || COALESCE(external_id, '') || '|' || title FROM lesson WHERE status = 'PUBLISHED'" >"$WORK/db-rows"
  python3 bench/converged.py "$ESURL" "$WORK/db-rows" "$1" "$2"
}
log "starting PostgreSQL, Elasticsearch, GreenMail and the portal"
pg_up; es_up; mail_up
portal_up; log "portal ready in $READY s"
{ echo /; echo /spaces/; echo /knowledge/; echo "/search/?q=pilot"; echo "/api/search?q=winter"; echo /api/spaces
  echo /resources/css/tori.css; sql "SELECT '/knowledge/lesson?id=' || id FROM lesson WHERE visibility = 'PUBLIC' AND status = 'PUBLISHED' LIMIT 10"
  sql "SELECT '/api/lessons/' || id FROM lesson WHERE visibility = 'PUBLIC' AND status = 'PUBLISHED' LIMIT 5"; } >"$WORK/mixed-paths"
only_ok "$WORK/mixed-paths"

# --- 1. Elasticsearch stopped while users write
if want 1; then
log "drill 1: Elasticsearch stopped for $OUTAGE s while users write"
python3 bench/writer.py "$BASE" esdrill "$WORK/stop-1" "$WORK/writes-1.json" $(( OUTAGE + 120 )) & BG_PIDS+=($!)
writer=$!
sleep 5; es_down; down=$(now)
api_codes="" page_codes="" health=""
while [ "$(since "$down" | cut -d. -f1)" -lt "$OUTAGE" ]; do
  api_codes+="$(curl -s -o "$WORK/search-body" -w '%{http_code}' --max-time 15 "$BASE/api/search?q=pilot") "
  page_codes+="$(curl -s -o "$WORK/search-page" -w '%{http_code}' --max-time 15 "$BASE/search/?q=pilot") "
  health=$(curl -s --max-time 10 "$BASE/health/ready" | python3 -c 'import json,sys; print(next(c for c in json.load(sys.stdin)["checks"] if c["name"]=="search")["status"])' 2>/dev/null || echo "?")
  sleep 5
done
es_up; up=$(now)
sleep 10; touch "$WORK/stop-1"; wait "$writer" || true
wait_index_drained 300
conv=$(since "$up")
said=$(grep -o '"detail":"[^"]*"' "$WORK/search-body" | head -1)
figures=$(converged "$WORK/writes-1.json" esdrill) && ok=0 || ok=1
case " $api_codes" in *" 200 "*|*" 500 "*) ok=1 ;; esac
case " $page_codes" in *" 500 "*) ok=1 ;; esac
verdict $ok "ES stopped ${OUTAGE} s: $figures; search API during the outage: ${api_codes% } ($said); search page: ${page_codes% }; health search: $health; index converged ${conv} s after ES returned"
fi

# --- 2. SMTP refusing
if want 2; then
log "drill 2: SMTP refusing for $OUTAGE s"
mail_down; down=$(now)
open_space_mailing "$MAILS_SMTP" smtpdrill
while [ "$(since "$down" | cut -d. -f1)" -lt "$OUTAGE" ]; do sleep 1; done
sent_during=$(mails_sent smtpdrill)
mail_up; up=$(now)
wait_mails smtpdrill "$MAILS_SMTP" 300
took=$(since "$up")
read -r total dup none repeats < <(mails_received smtpdrill "$MAILS_SMTP")
tries=$(sql "SELECT COALESCE(MAX(attempts), 0) FROM mail_outbox WHERE recipient LIKE 'smtpdrill%'" 2>/dev/null || echo "?")
[ "$total" = "$MAILS_SMTP" ] && [ "$dup" = 0 ] && [ "$none" = 0 ] && [ "$repeats" = 0 ] && ok=0 || ok=1
verdict $ok "SMTP refusing ${OUTAGE} s: $MAILS_SMTP mails expected, $sent_during marked sent during the outage, $total delivered after (all within ${took} s of SMTP returning), $dup members got more than one, $none got none, $repeats repeated; most attempts for one mail: $tries"
fi

# --- 3. kill -9 under write load
if want 3; then
log "drill 3: kill -9 of the portal under write load and while mails go out"
python3 bench/writer.py "$BASE" killdrill "$WORK/stop-3" "$WORK/writes-3.json" 400 & BG_PIDS+=($!)
writer=$!
open_space_mailing "$MAILS_KILL" killdrill
# KILLS kills at uneven points of the drain, each followed by a restart: each kill lands wherever a
# mail happens to be (claimed, half-written, ended, answered). Every member gets their mail and
# nobody two different ones; only a mail cut between its end of data and its commit may come twice
at_kills="" restarts="" killed=0 step=$(( MAILS_KILL / (KILLS * 4) ))
while [ "$killed" -lt "$KILLS" ]; do
  target=$(( $(mails_sent killdrill) + step / 2 + RANDOM % step ))
  deadline=$(( $(date +%s) + 180 ))
  while [ "$(mails_sent killdrill)" -lt "$target" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.1; done
  at_kills+="$(mails_sent killdrill) "
  kill -9 "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""
  portal_up; restarts+="$READY "; killed=$(( killed + 1 ))
done
sleep 10; touch "$WORK/stop-3"; wait "$writer" || true
wait_mails killdrill "$MAILS_KILL" 600
wait_index_drained 300
figures=$(converged "$WORK/writes-3.json" killdrill) && ok=0 || ok=1
read -r total dup none repeats < <(mails_received killdrill "$MAILS_KILL")
pending=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'")
backlog=$(search_backlog)
# one sender per instance: a kill can cut at most the one hand-over in progress, so at most one repeat each
[ "$dup" = 0 ] && [ "$none" = 0 ] && [ "$pending" = 0 ] && [ "$repeats" -le "$KILLS" ] \
  && [ "$total" = $(( MAILS_KILL + repeats )) ] || ok=1
presumed=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE 'killdrill%' AND last_error LIKE 'presumed%'")
verdict $ok "kill -9 under write load, $KILLS times: $figures; search outbox backlog $backlog; mails: killed at ${at_kills% } of $MAILS_KILL sent, restarted and ready in ${restarts% } s, $total delivered, $dup members got two different mails, $none got none, $repeats repeated with the same Message-ID (a kill between end of data and its commit; at most one a kill), $pending outbox rows not sent, $presumed handed over at a kill and counted as sent"
fi

# --- 4. PostgreSQL restarted under load
if want 4; then
log "drill 4: PostgreSQL restarted under load"
BENCH_PATHS="$WORK/mixed-paths" load pgrestart 16 40 "$BASE" bench/mixed.lua & loadpid=$!
sleep 10; restarted=$(now); pg_restart
recovered=""
deadline=$(( $(date +%s) + 60 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/api/spaces")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/spaces/")" = 200 ]; then recovered=$(since "$restarted"); break; fi
  sleep 0.5
done
wait "$loadpid" || true
s5=$(sed -n 's/^5xx: //p' "$WORK/wrk-pgrestart.txt"); traces=$(sed -n 's/^stack traces: //p' "$WORK/wrk-pgrestart.txt")
[ -n "$recovered" ] && [ "${traces:-1}" = 0 ] && ok=0 || ok=1
verdict $ok "PostgreSQL restarted under load (16 connections, 40 s): $(sed -n 's/^ *\([0-9]* requests in [^,]*\).*/\1/p' "$WORK/wrk-pgrestart.txt"), ${s5:-?} answers 5xx, ${traces:-?} with a stack trace; pages and API answer 200 again ${recovered:-never (within 60 s)} s after the restart, without restarting the portal"
fi

# --- 5. 50 connections × 60 s mixed
if want 5; then
log "drill 5: 50 connections, 60 s, mixed pages and API calls"
BENCH_PATHS="$WORK/mixed-paths" load mixed50 50 60 "$BASE" bench/mixed.lua
s5=$(sed -n 's/^5xx: //p' "$WORK/wrk-mixed50.txt")
[ "${s5:-1}" = 0 ] && ok=0 || ok=1
verdict $ok "50 connections × 60 s mixed ($(grep -c . "$WORK/mixed-paths") paths): $(sed -n 's/^ *\([0-9]* requests in [^,]*\).*/\1/p' "$WORK/wrk-mixed50.txt"), $(rps mixed50) req/s, ${s5:-?} 5xx, p50 $(pct mixed50 50%), p99 $(pct mixed50 99%)"
fi

{ echo "fault drills $ONLY, $(date -u '+%F %H:%M UTC'), $(nproc) cores"; cat "$OUT"; } >bench/faults-last-run.txt
! grep -q '^FAIL' "$OUT"
