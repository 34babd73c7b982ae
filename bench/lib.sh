# shellcheck shell=bash
# Shared by bench/all.sh and bench/faults.sh (sourced, not run; it sources bin/lib.sh in turn, whose
# pieces bin/tori uses too). Everything on loopback and on the bench's own ports, so tests and other portals are never disturbed: portal 18490, Elasticsearch
# 9490, SMTP 2790 (GreenMail's API 8790), and a PostgreSQL cluster of its own ("benchall", port 5490),
# created for the run and dropped after, so a drill may restart it. Every process started here is
# stopped by bench_cleanup (trap EXIT).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
# the wait loop, the root helper, Elasticsearch, the mail sink, PostgreSQL admin: as bin/tori has them
# shellcheck source=bin/lib.sh
source "$ROOT/bin/lib.sh"
PORT=${BENCH_PORT:-18490} ES_PORT=${BENCH_ES_PORT:-9490} SMTP=${BENCH_SMTP_PORT:-2790} MAIL_API=${BENCH_MAIL_API_PORT:-8790}
PG_PORT=${BENCH_PG_PORT:-5490} DB=tori_benchall PG_NAME=benchall
BASE="http://127.0.0.1:$PORT" ESURL="http://127.0.0.1:$ES_PORT" MAILURL="http://127.0.0.1:$MAIL_API"
WORK="$(mktemp -d /tmp/tori-benchall-XXXX)"
DEMO_PASSWORD="bench password 1"
TORI_OPERATOR_TOKEN="bench-$(date +%s%N)"; export TORI_OPERATOR_TOKEN
PORTAL_PID="" GM_PID="" PG_VERSION=""
BG_PIDS=()

sql() { PGPASSWORD=tori psql -h 127.0.0.1 -p "$PG_PORT" -U tori -d "$DB" -qtAX -v ON_ERROR_STOP=1 -c "$1"; }
log() { printf '%s %s\n' "$(date -u +%T)" "$*" >&2; }

# one bench or test run per machine: the same lock as bin/tori test (never around bin/tori test itself)
bench_lock() {
  exec 9>"${TMPDIR:-/tmp}/tori-test.lock"
  flock -n 9 || { log "waiting for the machine lock (a test or bench run holds it)"; flock 9; }
}

bench_build() {
  build_if_stale
  ensure_packages
  fetch_tools
  python3 -c 'import selenium' 2>/dev/null || { log "installing selenium for python (bench/paint.py)"; pip install -q selenium >&2; }
}

# settle [MAX]: waits (at most MAX seconds, 90 by default) until the machine is quiet, at least 80 %
# of its CPU idle over one second, so that a figure and its floor do not pay for what was started just
# before them (Elasticsearch and a new portal keep a core busy for a while after they first answer)
cpu_idle_percent() {
  local a b
  a=$(head -1 /proc/stat); sleep 1; b=$(head -1 /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN { split(a, x); split(b, y); for (i = 2; i <= 9; i++) t += y[i] - x[i]
    printf "%d\n", (t > 0) ? 100 * ((y[5] - x[5]) + (y[6] - x[6])) / t : 100 }'
}
settle() {
  local max=${1:-90} waited=0
  while [ "$(cpu_idle_percent)" -lt 80 ] && [ "$waited" -lt "$max" ]; do waited=$((waited + 1)); done
  log "machine quiet after $waited s"
}

pg_up() { # a fresh cluster of our own
  PG_VERSION=$(pg_lsclusters -h | head -1 | cut -d' ' -f1)
  if pg_lsclusters -h | grep -q "^$PG_VERSION $PG_NAME "; then as_root pg_dropcluster --stop "$PG_VERSION" "$PG_NAME"; fi
  as_root pg_createcluster "$PG_VERSION" "$PG_NAME" -p "$PG_PORT" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  as_root pg_ctlcluster "$PG_VERSION" "$PG_NAME" start 9>&-
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
  pg_admin -c "CREATE ROLE tori LOGIN CREATEDB PASSWORD 'tori'" -c "CREATE DATABASE $DB OWNER tori" >/dev/null
}
pg_restart() { as_root pg_ctlcluster "$PG_VERSION" "$PG_NAME" restart 9>&-; }

es_up() { TORI_ES_JAVA_OPTS="${BENCH_ES_JAVA_OPTS:--Xms1g -Xmx1g}" es_start "$ES_PORT" "$WORK/es" 9>&- >/dev/null; }
es_down() { es_stop "$WORK/es"; }

mail_up() { greenmail_start "$SMTP" "$MAIL_API" "$WORK/greenmail.log" -Xmx1g; GM_PID=$GREENMAIL_PID; }
mail_down() { [ -z "$GM_PID" ] || { kill "$GM_PID" 2>/dev/null; wait "$GM_PID" 2>/dev/null; GM_PID=""; } || true; }

# while the WAR deploys, Payara's health endpoint already answers UP without the portal's checks
portal_answers() {
  curl -fs --max-time 5 "$BASE/health/ready" 2>/dev/null | grep -q '"search"' && curl -fs -o /dev/null --max-time 30 "$BASE/spaces/"
}
portal_up() { # starts the portal (PORTAL_PID), waits until ready; READY = seconds it took
  local start; start=$(date +%s.%N)
  # an empty root directory: Payara Micro would otherwise first deploy again what the previous
  # (killed) run left there, and the two deployments of one application trip over each other
  rm -rf "$WORK/payara"
  TORI_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource TORI_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
  TORI_DB_USER=tori TORI_DB_PASSWORD=tori TORI_MAIL_HOST=127.0.0.1 TORI_MAIL_PORT="$SMTP" TORI_SEARCH_URL="$ESURL" \
  TORI_DEMO_ENABLED=true TORI_DEMO_PASSWORD="$DEMO_PASSWORD" TORI_BASE_URL="$BASE" TORI_NOTIFICATIONS_POLL_MILLIS=1000 \
  TORI_MAIL_RETRY_MAX_MILLIS=${TORI_MAIL_RETRY_MAX_MILLIS:-20000} TORI_API_MAX_BODY_BYTES=33554432 \
    java ${BENCH_PORTAL_JAVA_OPTS:--Xmx2g} -jar target/payara-micro.jar --deploy target/tori.war --contextroot / --port "$PORT" \
    --nocluster --rootdir "$WORK/payara" >>"$WORK/payara.log" 2>&1 9>&- &
  PORTAL_PID=$!
  wait_until 300 "$PORTAL_PID" "$WORK/payara.log" "the portal" portal_answers
  # shellcheck disable=SC2034  # read by the scripts that source this file
  READY=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f\n", e - s }')
}
portal_down() { [ -z "$PORTAL_PID" ] || { kill "$PORTAL_PID" 2>/dev/null; for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 0.5; done; kill -9 "$PORTAL_PID" 2>/dev/null; wait "$PORTAL_PID" 2>/dev/null; PORTAL_PID=""; } || true; }

bench_cleanup() {
  set +e
  touch "$WORK/stop"
  for pid in "${BG_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  portal_down; mail_down; es_down
  es_stop "$WORK/es-floor"
  [ -z "$PG_VERSION" ] || as_root pg_dropcluster --stop "$PG_VERSION" "$PG_NAME" 2>/dev/null
  [ -n "${BENCH_KEEP:-}" ] && echo "kept $WORK" >&2 || rm -rf "$WORK"
}

# the search backlog the portal reports (outbox rows not yet in Elasticsearch)
search_backlog() { curl -s --max-time 10 "$BASE/health/ready" | python3 -c 'import json,sys; print(next(c for c in json.load(sys.stdin)["checks"] if c["name"]=="search")["data"]["backlog"])' 2>/dev/null || echo 999999; }
wait_index_drained() { # seconds
  local deadline=$(( $(date +%s) + $1 ))
  while [ "$(search_backlog)" != 0 ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 1; done
}

staff_login() { # cookie jar
  local page state
  page=$(curl -fsS -c "$1" -b "$1" "$BASE/accounts/login")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fsS -o /dev/null -c "$1" -b "$1" "$BASE/accounts/login" \
    --data-urlencode "login=login" --data-urlencode "email=staff@demo.tori.fi" --data-urlencode "password=$DEMO_PASSWORD" \
    --data-urlencode "submit=" --data-urlencode "jakarta.faces.ViewState=$state"
}

# N verified members interested in TAG, and a contest in city TAG opened by staff: the real
# notification path (fan-out job, rendered mails in the outbox) queues one mail to each
open_space_mailing() { # N TAG
  sql "INSERT INTO account (id, email, display_name, password_hash, role, language, searchable, verified_at, failed_logins, created_at, version)
       SELECT nextval('account_seq'), '$2' || g || '@bench.tori.test', 'Bench member ' || g, 'x', 'CITIZEN',
              (ARRAY['fi','en','sv'])[1 + g % 3], false, now(), 0, now(), 0 FROM generate_series(1, $1) g;
       INSERT INTO account_interest (account_id, tag) SELECT id, '$2' FROM account WHERE email LIKE '$2%@bench.tori.test';" >/dev/null
  local jar="$WORK/cookies-$2" opens deadline space
  staff_login "$jar"
  opens=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ); deadline=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)
  space=$(curl -fsS -c "$jar" -b "$jar" -H 'Content-Type: application/json' "$BASE/api/spaces" \
    -d "{\"kind\": \"CONTEST\", \"title\": \"Bench contest $2\", \"summary\": \"Mail\", \"city\": \"$2\", \"opensAt\": \"$opens\", \"submissionDeadline\": \"$deadline\"}" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  [ -n "$space" ] || { echo "could not create the space (staff log-in failed?)" >&2; exit 1; }
  curl -fsS -o /dev/null -c "$jar" -b "$jar" -X PUT -H 'Content-Type: application/json' "$BASE/api/spaces/$space/phase" -d '{"phase": "OPEN"}'
}
mails_sent() { sql "SELECT COUNT(*) FILTER (WHERE status = 'SENT') FROM mail_outbox WHERE template = 'space-opened' AND recipient LIKE '$1%'"; }
wait_mails() { # TAG N seconds
  local deadline=$(( $(date +%s) + $3 ))
  while [ "$(mails_sent "$1")" -lt "$2" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.5; done
}
# mails GreenMail received for TAG's members: "received users_with_more_than_one users_with_none"
mails_received() { # TAG N -> delivered copies, members with two different mails, members with none, repeats
  # A repeat is a second copy of the same mail (same Message-ID). Only a kill in the moment between
  # a mail's end of data and the commit that records it can make one: the SMTP server has the mail,
  # the outbox does not know. Mail readers show such a copy once; two different mails would be a fault.
  python3 - "$MAILURL" "$1" "$2" <<'PY'
import json, sys, urllib.request
url, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
total = dup = none = repeats = 0
for g in range(1, n + 1):
    try:
        with urllib.request.urlopen(f"{url}/api/user/{tag}{g}@bench.tori.test/messages/INBOX/", timeout=10) as r:
            messages = json.load(r)
    except Exception:
        messages = []
    ids = {m.get("Message-ID") or f"no id {i}" for i, m in enumerate(messages)}
    total += len(messages); dup += len(ids) > 1; none += not messages; repeats += len(messages) - len(ids)
print(total, dup, none, repeats)
PY
}

# keeps the paths (one a line in FILE) that answer 200 to an anonymous GET, says which do not
only_ok() { # FILE
  local path code kept=()
  while read -r path; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$BASE$path")
    if [ "$code" = 200 ]; then kept+=("$path"); else log "left out of the load: $path answers $code"; fi
  done <"$1"
  printf '%s\n' "${kept[@]}" >"$1"
}

lesson_pages_before_after() { # SECONDS: wrk-lessonbefore and wrk-lesson for the paths in $WORK/lesson-paths
  # the lesson pages twice, each on a freshly started portal after a 5 s warm-up: first with the
  # similar-lessons query as it was before bench/RESULTS.md's fix (no max_doc_freq: every word counts,
  # however common), then as it is
  portal_down
  TORI_SEARCH_SIMILAR_MAX_DOC_FREQ=2147483647 portal_up
  BENCH_PATHS="$WORK/lesson-paths" load warmup 16 5 "$BASE" bench/mixed.lua
  # profiled with JFR while it runs: where the request threads spend their time (bench/jfr_top.py)
  jcmd "$PORTAL_PID" JFR.start name=lesson settings=profile filename="$WORK/lessonbefore.jfr" >/dev/null
  BENCH_PATHS="$WORK/lesson-paths" load lessonbefore 16 "$1" "$BASE" bench/mixed.lua
  jcmd "$PORTAL_PID" JFR.stop name=lesson >/dev/null
  timeout 120 python3 bench/jfr_top.py "$WORK/lessonbefore.jfr" >"$WORK/jfr.txt" 2>&1 || true
  cat "$WORK/jfr.txt" >&2
  portal_down
  portal_up
  BENCH_PATHS="$WORK/lesson-paths" load warmup 16 5 "$BASE" bench/mixed.lua
  BENCH_PATHS="$WORK/lesson-paths" load lesson 16 "$1" "$BASE" bench/mixed.lua
}

# wrk: requests/s of one URL (or a Lua script's mix) for SECONDS on CONNS connections, p50 and p99
load() { # name conns seconds url [lua]
  local out="$WORK/wrk-$1.txt"
  timeout $(( $3 + 30 )) wrk -t2 -c"$2" -d"$3"s --timeout 10s --latency ${5:+-s "$5"} "$4" >"$out" 2>&1 || true
  cat "$out" >>"$WORK/wrk.log"
}
rps() { awk '/^Requests\/sec:/ { print $2 }' "$WORK/wrk-$1.txt"; }
pct() { awk -v p="$2" '$1 == p { print $2 }' "$WORK/wrk-$1.txt"; }
