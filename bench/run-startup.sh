#!/usr/bin/env bash
# Time from `bin/tori run` to the first page served, on the embedded defaults:
#   cold = a fresh data directory (schema migrations, demo accounts, index creation, first ES start)
#   warm = the same data directory again (what a developer sees on a second start)
# Uses its own ports and data directory, so a running portal is not disturbed. Prints seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-2}"
PORT=18180
DATA="$(mktemp -d /tmp/tori-bench-XXXX)"
trap 'rm -rf "$DATA"' EXIT

bin/tori help >/dev/null
[ -f target/tori.war ] || mvn -q -B -DskipTests package

first_page() { # label
  local start end pid
  start=$(date +%s.%N)
  TORI_PORT=$PORT TORI_DATA="$DATA" TORI_ES_PORT=9280 TORI_SMTP_PORT=2680 TORI_MAIL_API_PORT=8680 TORI_SKIP_BUILD=1 \
    bin/tori run >"$DATA/run-$1.log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/"; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$DATA/run-$1.log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  awk -v l="$1" -v s="$start" -v e="$end" 'BEGIN { printf "%-6s first page after %6.1f s\n", l, e - s }'
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

echo "bin/tori run, time to first page ($(nproc) cores, $(date -u +%F))"
first_page cold
for _ in $(seq 2 "$RUNS"); do first_page warm; done
