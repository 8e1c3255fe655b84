#!/usr/bin/env bash
# The read replica on this machine: checkout rate at 16 clients while a finance user runs
# year-long sales reports in a loop, first with every read on the primary, then with
# POS_DB_REPLICA_URL pointing at a streaming replica. Prints one table and appends it to
# bench/RESULTS.md.
# Usage: bench/replica.sh [seconds per load run] [copies of each sale in the history]   (20, 400)
# Needs: the PostgreSQL binaries under /usr/lib/postgresql/<version>/bin, psql, curl, bc. The
# primary and the replica are throwaway clusters of their own (initdb, then pg_basebackup -R) on
# ports 55432 and 55433, both on this machine's disk and cores: the figures show what moving the
# report load off the primary's server process buys, not what a replica on its own machine buys.
set -euo pipefail
cd "$(dirname "$0")/.."
T=${1:-20}
COPIES=${2:-400}
PRIMARY_PORT=${BENCH_PRIMARY_PORT:-55432}
REPLICA_PORT=${BENCH_REPLICA_PORT:-55433}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DIR=$(mktemp -d /tmp/pos-bench-replica-XXXX)
AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); chown postgres "$DIR"; fi
db=pos_bench_replica
export BENCH_PG_HOST=127.0.0.1
export PORT=${PORT:-18090} # not 8080: other servers may run on this machine
source bench/server.sh
PSQL="psql -h 127.0.0.1 -p $PRIMARY_PORT -U postgres -qAt"

cleanup() {
  server_stop 2>/dev/null || true
  for d in replica primary; do
    [ -f "$DIR/$d/postmaster.pid" ] && "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/$d" -m immediate stop >/dev/null 2>&1 || true
  done
  rm -rf "$DIR"
}
trap cleanup EXIT

echo "== primary (port $PRIMARY_PORT) and streaming replica (port $REPLICA_PORT) in $DIR" >&2
"${AS[@]}" "$BIN/initdb" -D "$DIR/primary" -U postgres --auth=trust >/dev/null
cat >>"$DIR/primary/postgresql.conf" <<CONF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
max_connections = 200
shared_buffers = 256MB
hot_standby_feedback = on
CONF
echo "host replication all 127.0.0.1/32 trust" >>"$DIR/primary/pg_hba.conf"
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -w start >/dev/null
$PSQL -d postgres -c "CREATE DATABASE $db"
"${AS[@]}" "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/replica" -R -X stream -c fast
echo "port = $REPLICA_PORT" >>"$DIR/replica/postgresql.auto.conf"
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/replica" -l "$DIR/replica.log" -w start >/dev/null

state=$(mktemp)
rows=()
run() { # $1: label; POS_DB_REPLICA_URL set or not by the caller
  local label=$1 reports=0 total_ms=0 replica=0 ms
  server_start_on
  if [ ! -s "$state" ]; then
    POS_TIMEOUT_SECONDS=180 java bench/LoadGenerator.java seed "$state" >&2 # 500 products in one batch: slow on a busy machine
    unlimited_plan "$state"
    java bench/LoadGenerator.java checkout "$state" 8 10 >/dev/null # sales to copy into the history
    biz=$($PSQL -d $db -c "SELECT business_id FROM acc_user WHERE email = '$(sed -n 's/^ownerEmail=//p' "$state")'")
    echo "   loading a year of sales history ($COPIES copies of each sale)" >&2
    $PSQL -d $db -v ON_ERROR_STOP=1 -v biz="$biz" -v copies="$COPIES" -f bench/sales-history.sql
    echo "   history: $($PSQL -d $db -c "SELECT count(*) FROM sal_sale WHERE business_id = '$biz'") sales" >&2
  fi
  java bench/LoadGenerator.java checkout "$state" 4 5 >/dev/null # warm-up
  local token from to
  token=$(sed -n 's/^owner=//p' "$state")
  from=$(date -u -d '-364 days' +%F)
  to=$(date -u +%F)
  curl -fs -o /dev/null -H "Authorization: Bearer $token" "$POS_URL/sales/api/reports/sales/?date_from=$from&date_to=$to"
  (
    end=$(($(date +%s) + T + 2))
    while [ "$(date +%s)" -lt "$end" ]; do
      curl -s -D - -o /dev/null -w 'took %{time_total}\n' -H "Authorization: Bearer $token" \
        "$POS_URL/sales/api/reports/sales/?date_from=$from&date_to=$to&group_by=product"
    done
  ) >"$DIR/reports.txt" &
  local finance=$!
  sleep 1
  read -r _ tps p50 p95 p99 ok conflicts errors < <(java bench/LoadGenerator.java checkout "$state" 16 "$T")
  wait "$finance"
  reports=$(grep -c '^took' "$DIR/reports.txt" || true)
  replica=$(grep -ci '^x-data-source: replica' "$DIR/reports.txt" || true)
  ms=$(awk '/^took/ {s += $2; n++} END {if (n) printf "%d", 1000 * s / n; else print 0}' "$DIR/reports.txt")
  rows+=("$(printf '| %s | %s /s (p50 %s ms, p99 %s ms, %s refused) | %s in %s s (mean %s ms), %s from the replica |' \
    "$label" "$tps" "$p50" "$p99" "$((conflicts + errors))" "$reports" "$((T + 2))" "$ms" "$replica")")
  echo "   $label: checkout $tps /s, $reports year-long reports (mean $ms ms, $replica on the replica)" >&2
  server_stop
}
server_start_on() {
  SERVER_DB=$db
  DATABASE_URL="postgres://postgres@127.0.0.1:$PRIMARY_PORT/$db" server_start_db
}
server_start_db() { # as server_start in server.sh, with DATABASE_URL (and POS_DB_REPLICA_URL) from the caller
  local start
  start=$(date +%s.%N)
  DEBUG=true mvn -q -Prun -DskipTests -Dspotless.check.skip=true package -pl micro -am \
    >"$SERVER_LOG" 2>&1 &
  SERVER_LAUNCHER=$!
  until curl -fs "$POS_URL/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
    sleep 0.2
    kill -0 "$SERVER_LAUNCHER" 2>/dev/null || { echo "server failed; see $SERVER_LOG" >&2; return 1; }
  done
  if [ -n "${POS_DB_REPLICA_URL:-}" ]; then
    until curl -fs "$POS_URL/health/ready" | grep -q '"replica":"UP"'; do sleep 0.5; done
  fi
}
server_stop() { # this server only (others may run payara-micro on this machine too)
  kill -TERM "$SERVER_LAUNCHER" 2>/dev/null || true
  wait "$SERVER_LAUNCHER" 2>/dev/null || true
  while curl -s -o /dev/null "$POS_URL/health/live"; do sleep 0.5; done
}

echo "== every read on the primary" >&2
unset POS_DB_REPLICA_URL
run "primary only"
echo "== reports on the replica (POS_DB_REPLICA_URL)" >&2
export POS_DB_REPLICA_URL="postgres://postgres@127.0.0.1:$REPLICA_PORT/$db"
run "with the replica"

table=$(printf '%s\n' \
  "| $T s, 16 cashiers + 1 finance user | checkout | year-long sales reports (group_by=product) |" \
  "| --- | --- | --- |" "${rows[@]}")
echo "$table"
{
  echo
  echo "## Read replica, $(date -u +%F) ($(nproc) cores, commit $(git rev-parse --short HEAD))"
  echo
  echo "$table"
} >>bench/RESULTS.md
