#!/usr/bin/env bash
# Mail throughput: N notifications (10,000 by default) queued through the real path — members
# whose interests match a space that opens, the fan-out job, rendered mails in the outbox — and
# all delivered to a local SMTP server (GreenMail standalone). Prints the time and mails/s, and
# the portal's page latency before and during the run.
# Own loopback ports and its own database (tori_bench on the local PostgreSQL); it stops and
# removes everything it started. BENCH_JAVA_OPTS adds JVM options to the portal (e.g.
# -XX:StartFlightRecording=settings=profile,filename=/tmp/mail.jfr to profile it).
set -euo pipefail
cd "$(dirname "$0")/.."

N="${N:-10000}"
PORT="${BENCH_PORT:-18190}" SMTP="${BENCH_SMTP_PORT:-3930}" API="${BENCH_MAIL_API_PORT:-3931}"
WORK="$(mktemp -d /tmp/tori-mailbench-XXXX)"
DEMO_PASSWORD="bench password 1"
PIDS=()
STARTED_PG=""

psql_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 "$@"; else sudo -u postgres psql -q -v ON_ERROR_STOP=1 "$@"; fi
}
sql() { PGPASSWORD=tori psql -h 127.0.0.1 -U tori -d tori_bench -qtAX -v ON_ERROR_STOP=1 -c "$1"; }

cleanup() {
  set +e
  [ -f "$WORK/probe.stop" ] || touch "$WORK/probe.stop"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  done
  psql_as_postgres -c "DROP DATABASE IF EXISTS tori_bench WITH (FORCE)" >/dev/null 2>&1
  # leave PostgreSQL as we found it, unless a test run is using it now
  if [ -n "$STARTED_PG" ] && flock -n "${TMPDIR:-/tmp}/tori-test.lock" true; then
    if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster $STARTED_PG stop; else sudo pg_ctlcluster $STARTED_PG stop; fi
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

bin/tori help >/dev/null
[ -f target/tori.war ] && [ -f target/payara-micro.jar ] || mvn -q -B -DskipTests package
GREENMAIL_JAR=$(ls .tools/greenmail-standalone-*.jar 2>/dev/null | head -1)
[ -n "$GREENMAIL_JAR" ] || { echo "GreenMail is missing: run bin/tori run or bin/tori test once" >&2; exit 1; }

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  read -r version name _ < <(pg_lsclusters -h | head -1)
  if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$version" "$name" start; else sudo pg_ctlcluster "$version" "$name" start; fi
  STARTED_PG="$version $name"
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
psql_as_postgres -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tori') THEN
                     CREATE ROLE tori LOGIN CREATEDB PASSWORD 'tori'; END IF; END \$\$;" >/dev/null
psql_as_postgres -c "DROP DATABASE IF EXISTS tori_bench WITH (FORCE)" -c "CREATE DATABASE tori_bench OWNER tori" >/dev/null

java -Xmx768m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP" -Dgreenmail.api.hostname=127.0.0.1 \
  -Dgreenmail.api.port="$API" -Dgreenmail.auth.disabled -jar "$GREENMAIL_JAR" >"$WORK/greenmail.log" 2>&1 &
PIDS+=($!)

TORI_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource TORI_DB_URL=jdbc:postgresql://127.0.0.1:5432/tori_bench \
TORI_DB_USER=tori TORI_DB_PASSWORD=tori TORI_MAIL_HOST=127.0.0.1 TORI_MAIL_PORT="$SMTP" \
TORI_SEARCH_URL=http://127.0.0.1:9 TORI_DEMO_ENABLED=true TORI_DEMO_PASSWORD="$DEMO_PASSWORD" \
TORI_BASE_URL="http://127.0.0.1:$PORT" TORI_NOTIFICATIONS_POLL_MILLIS=1000 \
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy target/tori.war --contextroot / --port "$PORT" --nocluster \
  --rootdir "$WORK/payara" >"$WORK/payara.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 300); do curl -fs -o /dev/null --max-time 3 "http://127.0.0.1:$PORT/" 2>/dev/null && break; sleep 1; done
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" || { tail -30 "$WORK/payara.log"; exit 1; }

# N verified members whose interests match the space about to open
sql "INSERT INTO account (id, email, display_name, password_hash, role, language, searchable, verified_at, failed_logins, created_at, version)
     SELECT nextval('account_seq'), 'bench' || g || '@bench.tori.test', 'Bench member ' || g, 'x', 'CITIZEN',
            (ARRAY['fi','en','sv'])[1 + g % 3], false, now(), 0, now(), 0 FROM generate_series(1, $N) g;
     INSERT INTO account_interest (account_id, tag) SELECT id, 'benchcity' FROM account WHERE email LIKE '%@bench.tori.test';"

# staff log in through the page, create the space and open it
jar="$WORK/cookies"
page=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/accounts/login")
state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fsS -o /dev/null -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/accounts/login" \
  --data-urlencode "login=login" --data-urlencode "email=staff@demo.tori.fi" --data-urlencode "password=$DEMO_PASSWORD" \
  --data-urlencode "submit=" --data-urlencode "jakarta.faces.ViewState=$state"
opens=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ); deadline=$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)
space=$(curl -fsS -c "$jar" -b "$jar" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/spaces" \
  -d "{\"kind\": \"CONTEST\", \"title\": \"Bench contest\", \"summary\": \"Mail throughput\", \"city\": \"benchcity\", \"opensAt\": \"$opens\", \"submissionDeadline\": \"$deadline\"}" \
  | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[ -n "$space" ] || { echo "could not create the space (staff log-in failed?)" >&2; exit 1; }

probe() { # label seconds-or-stopfile -> one time per line
  while [ ! -f "$WORK/probe.stop" ]; do
    for path in / /spaces; do
      curl -s -o /dev/null -w '%{time_total}\n' --max-time 10 "http://127.0.0.1:$PORT$path" >>"$WORK/latency-$1" || echo 10 >>"$WORK/latency-$1"
    done
    sleep 0.2
  done
}
stats() { sort -n "$1" | awk '{ a[NR] = $1 } END { printf "n=%d  p50 %.0f ms  p95 %.0f ms  max %.0f ms", NR, a[int(NR*0.5)+1]*1000, a[int(NR*0.95)+1]*1000, a[NR]*1000 }'; }

probe idle & PIDS+=($!); sleep 5; touch "$WORK/probe.stop"; wait "${PIDS[-1]}" 2>/dev/null || true; rm -f "$WORK/probe.stop"

probe busy & PIDS+=($!)
start=$(date +%s.%N)
curl -fsS -o /dev/null -c "$jar" -b "$jar" -X PUT -H 'Content-Type: application/json' \
  "http://127.0.0.1:$PORT/api/spaces/$space/phase" -d '{"phase": "OPEN"}'
queued_at="" sent=0
for _ in $(seq 1 1800); do
  read -r queued sent < <(sql "SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'SENT') FROM mail_outbox WHERE template = 'space-opened'" | tr '|' ' ')
  now=$(date +%s.%N)
  if [ -z "$queued_at" ] && [ "$queued" -ge "$N" ]; then queued_at=$now; fi
  [ "$sent" -ge "$N" ] && break
  sleep 0.5
done
end=$(date +%s.%N)
touch "$WORK/probe.stop"; sleep 1
failed=$(sql "SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'")
users=$(curl -fsS "http://127.0.0.1:$API/api/user" | grep -o '"email":"bench[0-9]*@bench.tori.test"' | wc -l)

echo "mail throughput ($(nproc) cores, $(date -u +%F), PostgreSQL, GreenMail on loopback)"
awk -v n="$N" -v s="$start" -v q="${queued_at:-$end}" -v e="$end" -v sent="$sent" 'BEGIN {
  printf "  %d notifications: all queued (fan-out, rendered) after %.1f s; %d delivered after %.1f s = %.0f mails/s\n", n, q - s, sent, e - s, sent / (e - s) }'
echo "  outbox rows not sent: $failed; GreenMail mailboxes of bench members: $users"
echo "  page latency idle:   $(stats "$WORK/latency-idle")"
echo "  page latency during: $(stats "$WORK/latency-busy")"
