# shellcheck shell=bash
# The pieces bin/tori and the bench scripts (bench/lib.sh) share, sourced by both: tools and their
# versions, the wait loop, the root helper, Elasticsearch, the mail sink and PostgreSQL, and the
# machine set-up (`bin/tori setup`). Defines functions and settings only; starts nothing by itself.
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"

ES_VERSION=9.2.0
GREENMAIL_VERSION=2.1.13
AXE_VERSION=4.11.0
TOOLS="$ROOT/.tools"
ES_HOME="$TOOLS/elasticsearch-$ES_VERSION"
GREENMAIL_JAR="$TOOLS/greenmail-standalone-$GREENMAIL_VERSION.jar"
MVN="${MVN:-mvn}"
JAVA="${TORI_JAVA:-java}"
# Elasticsearch refuses to run as root: when we are root it runs as this system user
ES_USER=tori

say() { printf '%s\n' "tori: $*" >&2; }
die() { say "$*"; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing: $2"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

# Elasticsearch 9 needs Java 21 or newer; the default java here may be 17.
find_es_java_home() {
  if [ -n "${TORI_ES_JAVA_HOME:-}" ]; then
    [ -x "$TORI_ES_JAVA_HOME/bin/java" ] || die "TORI_ES_JAVA_HOME=$TORI_ES_JAVA_HOME has no bin/java"
    echo "$TORI_ES_JAVA_HOME"; return
  fi
  local best="" best_major=0 home major
  for home in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] || continue
    major=$(java_major "$home/bin/java" || echo 0)
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major=$major; fi
  done
  [ -n "$best" ] || die "Elasticsearch $ES_VERSION needs a JDK 21 or newer; none found in /usr/lib/jvm or JAVA_HOME. Install one (for example Temurin 21 or 25) or set TORI_ES_JAVA_HOME."
  echo "$best"
}

fetch_tools() {
  mkdir -p "$TOOLS"
  if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    say "fetching Elasticsearch $ES_VERSION from Maven Central (once)"
    "$MVN" -q -B -Dstyle.color=never dependency:copy -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$TOOLS" -Dmdep.overWriteIfNewer=true
    need unzip "install it with: apt-get install unzip"
    rm -rf "$ES_HOME"
    unzip -q -o "$TOOLS/elasticsearch-$ES_VERSION.zip" -d "$TOOLS"
    rm -f "$TOOLS/elasticsearch-$ES_VERSION.zip"
  fi
  if [ ! -f "$GREENMAIL_JAR" ]; then
    say "fetching GreenMail $GREENMAIL_VERSION from Maven Central (once)"
    "$MVN" -q -B -Dstyle.color=never dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$TOOLS"
  fi
}

build_if_stale() {
  WAR="${TORI_WAR:-$ROOT/target/tori.war}"
  [ "${TORI_SKIP_BUILD:-}" = 1 ] && { [ -f "$WAR" ] || die "TORI_SKIP_BUILD=1 but $WAR does not exist"; return; }
  if [ ! -f "$WAR" ] || [ ! -f target/payara-micro.jar ] \
     || [ -n "$(find pom.xml src webapp search-config mail-templates -newer "$WAR" -print -quit 2>/dev/null)" ]; then
    # clean: classes of moved or deleted sources would otherwise stay in target/ and run beside the new ones
    say "building the portal (mvn clean package)"
    "$MVN" -q -B -Dstyle.color=never -DskipTests clean package
  fi
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# wait_until SECONDS PID LOGFILE WHAT COMMAND... : runs COMMAND every half second until it succeeds;
# dies when PID (unless empty) has stopped or after SECONDS, showing the end of LOGFILE
wait_until() {
  local seconds=$1 pid=$2 logfile=$3 what=$4; shift 4
  local deadline=$(( $(date +%s) + seconds ))
  until "$@"; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      tail -40 "$logfile" >&2 2>/dev/null || true; die "$what stopped during start-up; see $logfile"
    fi
    [ "$(date +%s)" -lt "$deadline" ] || die "$what was not ready within $seconds s; see $logfile"
    sleep 0.5
  done
}

wait_for() { wait_until "$2" "" "$4" "$3 on $1" http_ok "$1"; } # url seconds what logfile

# The analysis plugin (search-config/analysis-plugin): Finnish, English and Swedish analysers. Built
# with the JDK that runs Elasticsearch and installed into its home, again only when its sources change.
PLUGIN_SRC="$ROOT/search-config/analysis-plugin"
ensure_analysis_plugin() {
  local es_java=$1 hash stamp="$TOOLS/tori-analysis.installed"
  hash=$(cd "$PLUGIN_SRC" && find pom.xml src -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
  [ -d "$ES_HOME/plugins/tori-analysis" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && return 0
  say "building and installing the analysis plugin into Elasticsearch"
  JAVA_HOME="$es_java" "$MVN" -q -B -Dstyle.color=never -f "$PLUGIN_SRC/pom.xml" package
  local cli=(env ES_JAVA_HOME="$es_java" CLI_JAVA_OPTS="-Xmx1g")
  if [ -d "$ES_HOME/plugins/tori-analysis" ]; then
    "${cli[@]}" "$ES_HOME/bin/elasticsearch-plugin" remove --purge tori-analysis >/dev/null
  fi
  # the CLI's default heap runs out while it scans the plugin for named components
  "${cli[@]}" "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$ROOT/target/analysis-plugin/tori-analysis.zip" >/dev/null
  echo "$hash" >"$stamp"
}

ensure_es_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
  # the user must reach the install through every parent directory
  local dir="$ES_HOME"
  while [ "$dir" != / ]; do
    dir=$(dirname "$dir")
    [ "$(stat -c %a "$dir" | cut -c3)" -ge 5 ] 2>/dev/null || chmod o+rx "$dir"
  done
  chown -R "$ES_USER" "$ES_HOME"
}

# es_start PORT DATA_DIR [-E settings...] : an Elasticsearch node on loopback (transport on PORT+100),
# its pid in DATA_DIR/es.pid; single-node unless cluster settings are given
es_start() {
  local port=$1 dir=$2 es_java
  local mode=(-Ediscovery.type=single-node)
  [ $# -gt 2 ] && mode=("${@:3}")
  es_java=$(find_es_java_home)
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
  ensure_analysis_plugin "$es_java"
  ensure_es_user
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$ES_USER" "$dir"
    # parents of the data dir must be passable too
    local parent="$dir"
    while [ "$parent" != / ]; do parent=$(dirname "$parent"); chmod o+x "$parent" 2>/dev/null || true; done
    run=(runuser -u "$ES_USER" --)
  fi
  rm -f "$dir/es.pid"
  # START_NICE (bin/tori run): a lower CPU priority while the portal starts beside it; see unnice
  "${run[@]}" nice -n "${START_NICE:-0}" env ES_JAVA_HOME="$es_java" ES_TMPDIR="$dir/tmp" ES_JAVA_OPTS="${TORI_ES_JAVA_OPTS:--Xms512m -Xmx512m}" \
    "$ES_HOME/bin/elasticsearch" -d -p "$dir/es.pid" \
      "${mode[@]}" -Expack.security.enabled=false \
      -Ehttp.host=127.0.0.1 -Ehttp.port="$port" -Etransport.host=127.0.0.1 -Etransport.port=$((port + 100)) \
      -Epath.data="$dir/data" -Epath.logs="$dir/logs" \
      -Ecluster.routing.allocation.disk.threshold_enabled=false >"$dir/logs/start.log" 2>&1 9>&- \
    || { tail -20 "$dir/logs/start.log" >&2; die "Elasticsearch did not start; see $dir/logs"; }
  [ -n "${ES_NO_WAIT:-}" ] || wait_for "http://127.0.0.1:$port/_cluster/health" 180 "Elasticsearch" "$dir/logs/elasticsearch.log"
}

es_stop() { # DATA_DIR
  local pidfile="$1/es.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}


ensure_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  command -v unzip >/dev/null || missing+=(unzip)
  command -v curl >/dev/null || missing+=(curl)
  command -v npm >/dev/null || missing+=(npm)
  command -v shellcheck >/dev/null || missing+=(shellcheck)
  command -v wrk >/dev/null || missing+=(wrk)
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && ! command -v pg_ctlcluster >/dev/null; then
    missing+=(postgresql)
  fi
  [ ${#missing[@]} -eq 0 ] && return
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q "${missing[@]}" >/dev/null \
    || { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q "${missing[@]}" >/dev/null; }
}

ensure_postgres() {
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    local version name
    read -r version name _ < <(pg_lsclusters -h | head -1) || die "no PostgreSQL cluster found"
    say "starting PostgreSQL $version/$name"
    # 9>&-: the server outlives this script and must not hold the test lock
    as_root pg_ctlcluster "$version" "$name" start 9>&-
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  pg_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tori') THEN
                     CREATE ROLE tori LOGIN CREATEDB PASSWORD 'tori'; END IF; END \$\$;" >/dev/null
}

pg_admin() { # psql as the postgres superuser (on port PG_PORT when set, the bench's own cluster)
  local psql=(psql -q -v ON_ERROR_STOP=1 ${PG_PORT:+-p "$PG_PORT"})
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "${psql[@]}" "$@"; else sudo -u postgres "${psql[@]}" "$@"; fi
}

fresh_database() { # NAME
  pg_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 OWNER tori" >/dev/null
}

ensure_database() { # NAME
  [ "$(pg_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ] || fresh_database "$1"
}

ensure_axe() {
  if [ ! -f "$TOOLS/npm/node_modules/axe-core/axe.min.js" ]; then
    say "installing axe-core $AXE_VERSION (npm)"
    npm install --prefix "$TOOLS/npm" --no-audit --no-fund --silent "axe-core@$AXE_VERSION" >/dev/null
  fi
}


# greenmail_start SMTP_PORT API_PORT LOGFILE [JAVA_OPTS...] : the mail sink on loopback, its pid in
# GREENMAIL_PID, once its API answers (at once with GREENMAIL_NO_WAIT=1: then greenmail_wait API_PORT LOGFILE)
greenmail_start() {
  local smtp=$1 api=$2 logfile=$3; shift 3
  nice -n "${START_NICE:-0}" "$JAVA" "$@" -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" -Dgreenmail.auth.disabled \
    -jar "$GREENMAIL_JAR" >>"$logfile" 2>&1 9>&- &
  GREENMAIL_PID=$!
  [ -n "${GREENMAIL_NO_WAIT:-}" ] || greenmail_wait "$api" "$logfile"
}

# unnice PID... : every thread of these processes back to the normal CPU priority (the services
# started with START_NICE, once the portal serves its first page); Linux keeps a priority per
# thread. Nothing when a pid is gone, or when the priority may not be raised (not root: the
# services keep the lower priority)
unnice() {
  local pid task
  for pid in "$@"; do
    [ -n "$pid" ] && [ -d "/proc/$pid/task" ] || continue
    for task in /proc/"$pid"/task/*; do renice -n 0 -p "${task##*/}" >/dev/null 2>&1 || true; done
  done
}

greenmail_wait() { wait_until 60 "$GREENMAIL_PID" "$2" "the mail sink" http_ok "http://127.0.0.1:$1/api/service/readiness"; }

# `bin/tori setup`: what tests and bench need on a Debian machine (packages, PostgreSQL and its role
# tori, axe-core, Elasticsearch and GreenMail in .tools/); each step only when something is missing
machine_setup() {
  ensure_packages
  ensure_postgres
  ensure_axe
  fetch_tools
}
