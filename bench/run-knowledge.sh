#!/usr/bin/env bash
# Knowledge-base bench: generates N lessons (default 100000), starts its own portal and
# Elasticsearch on loopback ports (18290, 9290) with an H2 database in a temporary directory, prints
# load time, search API latency against a plain `match` on `body` of the same index, and rebuild time
# against a raw _bulk of the same documents. Stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${N:-100000}"
PORT=18290
DATA="$(mktemp -d /tmp/tori-kbench-XXXX)"
RUN_PID=
cleanup() {
  if [ -n "$RUN_PID" ]; then kill -TERM "$RUN_PID" 2>/dev/null || true; wait "$RUN_PID" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

[ -f target/tori.war ] || mvn -q -B -DskipTests package
mkdir -p "$DATA/lessons"
start=$(date +%s)
python3 bench/knowledge_gen.py "$N" "$DATA/lessons" 2000
echo "generator: $N lessons in $(( $(date +%s) - start )) s"

TORI_OPERATOR_TOKEN="bench-$(date +%s%N)"; export TORI_OPERATOR_TOKEN
TORI_PORT=$PORT TORI_DATA="$DATA/run" TORI_ES_PORT=9290 TORI_SMTP_PORT=2690 TORI_MAIL_API_PORT=8690 TORI_SKIP_BUILD=1 \
  TORI_DEMO_ENABLED=false TORI_API_MAX_BODY_BYTES=33554432 TORI_ES_JAVA_OPTS="-Xms1g -Xmx1g" \
  bin/tori run >"$DATA/run.log" 2>&1 &
RUN_PID=$!
deadline=$(( $(date +%s) + 400 ))
until curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/health/ready"; do
  kill -0 "$RUN_PID" 2>/dev/null || { tail -20 "$DATA/run.log"; exit 1; }
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the portal did not start"; exit 1; }
  sleep 1
done

PORTAL="http://127.0.0.1:$PORT" ES="http://127.0.0.1:9290" timeout 3600 python3 bench/knowledge.py "$DATA/lessons"
