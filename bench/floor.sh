#!/usr/bin/env bash
# The authenticated read path beside the stack's own floor, in one run: first a tiny WAR
# (bench/floor: a JSON-B answer, one JDBC query by id, a @Stateless bean running a JPA native query
# by id) on the same Payara Micro jar, JVM options and listener limits as the product, then the
# product itself (run command, own database) answering a cashier's GET accounts/api/roles/ and
# GET accounts/api/users/me/. wrk -t2 -c16 on each: a warm-up, then two measured runs (the machine
# is shared: compare within a run). Per request: the server's CPU (utime+stime of its java
# process) and PostgreSQL's (all postgres processes), in milliseconds.
# Usage: bench/floor.sh [seconds per measured run]   (default 10; WARM=seconds of each warm-up,
# default 8; about 5 minutes in all)
# Prints a table and appends it, with date, commit and machine, to bench/RESULTS.md.
# Needs: wrk, psql, curl, bc, the local PostgreSQL at 127.0.0.1:5432 (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
T=${1:-10}
WARM=${WARM:-8}
stamp=$(date +%s)
fdb="pos_floor_$stamp"
db="pos_bench_floor_$stamp"
state=$(mktemp)
lua=$(mktemp --suffix=.lua)
FLOOR_PID=
cleanup() {
  [ -n "$FLOOR_PID" ] && kill "$FLOOR_PID" 2>/dev/null && wait "$FLOOR_PID" 2>/dev/null || true
  [ -n "${SERVER_LAUNCHER:-}" ] && server_stop || true
  $PSQL -c "DROP DATABASE IF EXISTS $fdb" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -f "$state" "$lua"
}
trap cleanup EXIT

declare -A PG_START
# wrk against $1 (extra wrk args after it); prints "req/s requests non2xx server_ms_per_req pg_ms_per_req"
measure() {
  local url=$1 java_pid=$2 out j0 j1 pg0=0 pg1=0 p n rps bad
  shift 2
  PG_START=()
  for p in $(pg_pids); do PG_START[$p]=$(ticks "$p"); done
  j0=$(ticks "$java_pid")
  out=$(wrk -t2 -c16 -d"${T}s" "$@" "$url")
  j1=$(ticks "$java_pid")
  for p in $(pg_pids); do # a backend started meanwhile counts from 0
    pg1=$((pg1 + $(ticks "$p") - ${PG_START[$p]:-0}))
  done
  n=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  rps=$(echo "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
  bad=$(echo "$out" | sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p')
  printf '%s %s %s %s %s\n' "$rps" "$n" "${bad:-0}" \
    "$(echo "scale=3; ($j1 - $j0) * $TICK_MS / $n" | bc)" "$(echo "scale=3; $pg1 * $TICK_MS / $n" | bc)"
}
declare -A RPS SRV PG BAD
# $1 label, $2 url, $3 java pid, rest: wrk args. Runs 1 and 2 (after warm, on every endpoint first:
# the first endpoint measured would otherwise pay for the JIT of the whole stack).
warm() {
  local url=$1
  shift 2
  wrk -t2 -c16 -d"${WARM}s" "$@" "$url" >/dev/null
}
bench() {
  local label=$1 url=$2 pid=$3 r rps n bad srv pg
  shift 3
  for r in 1 2; do
    read -r rps n bad srv pg < <(measure "$url" "$pid" "$@")
    RPS[$label.$r]=$rps; SRV[$label.$r]=$srv; PG[$label.$r]=$pg; BAD[$label.$r]=$bad
    echo "  $label run $r: $rps /s, $n requests ($bad not 2xx), server $srv ms, PostgreSQL $pg ms per request" >&2
  done
}

echo "== floor WAR on Payara Micro (database $fdb)" >&2
mvn -q -f bench/floor/pom.xml package >/dev/null
version=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' pom.xml)
jar="$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"
[ -f "$jar" ] || mvn -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$version" >/dev/null
$PSQL -c "CREATE DATABASE $fdb" >/dev/null
$PSQL -d "$fdb" -c "CREATE TABLE floor_item (id uuid PRIMARY KEY, name text NOT NULL, active boolean NOT NULL)" \
  -c "INSERT INTO floor_item SELECT md5(i::text)::uuid, 'item ' || i, true FROM generate_series(1, 1000) i" >/dev/null
item=$($PSQL -d "$fdb" -c "SELECT id FROM floor_item WHERE name = 'item 500'")
# as the README's run command starts the product (PosServerLauncher): same JVM options and limits
# shellcheck disable=SC2086
java ${POS_JAVA_OPTS:--Xmx768m} -Dfloor.db.url="jdbc:postgresql://$BENCH_PG_HOST:5432/$fdb" \
  -jar "$jar" --deploy bench/floor/target/floor.war --contextroot / --port "$BENCH_PORT" --nocluster \
  --prebootcommandfile config/payara-limits.asadmin >"/tmp/pos-bench-floor-$BENCH_PORT.log" 2>&1 &
FLOOR_PID=$!
until curl -fs "$POS_URL/floor/json" >/dev/null 2>&1; do
  sleep 0.2
  kill -0 "$FLOOR_PID" 2>/dev/null || { echo "floor WAR failed to start; see /tmp/pos-bench-floor-$BENCH_PORT.log" >&2; exit 1; }
done
for u in json "jdbc/$item" "ejb/$item"; do warm "$POS_URL/floor/$u" "$FLOOR_PID"; done
bench json "$POS_URL/floor/json" "$FLOOR_PID"
bench jdbc "$POS_URL/floor/jdbc/$item" "$FLOOR_PID"
bench ejb "$POS_URL/floor/ejb/$item" "$FLOOR_PID"
kill "$FLOOR_PID"; wait "$FLOOR_PID" 2>/dev/null || true; FLOOR_PID=

echo "== product: the run command on database $db" >&2
# as production runs: the throttle counts every request, with limits no bench reaches
export ENABLE_API_THROTTLE=true POS_THROTTLE_USER_PER_HOUR=1000000000 POS_THROTTLE_ANONYMOUS_PER_HOUR=1000000
server_start "$db"
java bench/LoadGenerator.java seed "$state" >&2
token=$(sed -n 's/^cashiers=\([^,]*\).*/\1/p' "$state")
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$token" >"$lua"
# what wrk will count as answers must be the real ones: 200 with the expected body
for check in 'roles/|"results"' 'users/me/|"email"'; do
  answer=$(curl -s -w ' %{http_code}' -H "Authorization: Bearer $token" "$POS_URL/accounts/api/${check%%|*}")
  case "$answer" in *"${check#*|}"*" 200") ;; *) echo "unexpected answer to ${check%%|*}: $answer" >&2; exit 1 ;; esac
done
pid=$(server_pid)
for u in roles/ users/me/; do warm "$POS_URL/accounts/api/$u" "$pid" -s "$lua"; done
bench roles "$POS_URL/accounts/api/roles/" "$pid" -s "$lua"
bench me "$POS_URL/accounts/api/users/me/" "$pid" -s "$lua"

cell() { printf '%s /s (server %s ms, PostgreSQL %s ms per request%s)' "${RPS[$1]}" "${SRV[$1]}" "${PG[$1]}" \
  "$([ "${BAD[$1]}" = 0 ] && echo '' || echo ", ${BAD[$1]} not 2xx")"; }
ratio() { echo "scale=0; 100 * ${RPS[$1]} / ${RPS[$2]}" | bc; }
rows=(
  "| floor: JAX-RS + JSON-B, no database | $(cell json.1) | $(cell json.2) | - | - |"
  "| floor: one JDBC query by id | $(cell jdbc.1) | $(cell jdbc.2) | - | - |"
  "| floor: @Stateless bean, JPA native query by id | $(cell ejb.1) | $(cell ejb.2) | 100 % / 100 % | - |"
  "| GET accounts/api/roles/ (cashier token) | $(cell roles.1) | $(cell roles.2) | $(ratio roles.1 ejb.1) % / $(ratio roles.2 ejb.2) % | ≥ 80 % |"
  "| GET accounts/api/users/me/ (cashier token) | $(cell me.1) | $(cell me.2) | $(ratio me.1 ejb.1) % / $(ratio me.2 ejb.2) % | ≥ 80 % |"
)
table=$(printf '%s\n' "| wrk -t2 -c16, ${T}s | run 1 | run 2 | ratio to the floor EJB row (run 1 / run 2) | target |" \
  "| --- | --- | --- | --- | --- |" "${rows[@]}")
echo "$table"
{
  echo
  echo "## Read-path floor, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), ${T}s runs after a ${WARM}s warm-up (bench/floor.sh)"
  echo
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $($PSQL -c 'SELECT version()' | cut -d' ' -f1-2)"
  echo
  echo "$table"
} >>bench/RESULTS.md
