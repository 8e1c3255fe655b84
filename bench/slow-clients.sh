#!/usr/bin/env bash
# Slow-body attack: CONNECTIONS sockets from ADDRESSES loopback addresses each declare a
# 100,000-byte body and send one byte every 2 s, while a normal client signs in and rings up sales.
# Prints the normal client's success rate and p99 (target: 100 % and under 1 s).
# Usage: PORT=8080 bench/slow-clients.sh [connections] [seconds] [addresses]   (default 300, 60, 300)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
connections=${1:-300}
seconds=${2:-60}
addresses=${3:-300}
db="pos_slow_$(date +%s)"
state=$(mktemp)
if curl -s -o /dev/null "$POS_URL/" 2>/dev/null; then
  echo "something already answers at $POS_URL; choose another PORT" >&2
  exit 1
fi
# stops only the server this script started (others may run on the same machine)
stop_own_server() {
  pkill -TERM -P "$SERVER_LAUNCHER" 2>/dev/null || true
  kill -TERM "$SERVER_LAUNCHER" 2>/dev/null || true
  wait "$SERVER_LAUNCHER" 2>/dev/null || true
}

mvn -q -DskipTests -Dspotless.check.skip=true package >/dev/null
trap 'stop_own_server; $PSQL -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
server_start "$db"
echo "server ready in ${READY_SECONDS}s"
java bench/LoadGenerator.java seed "$state"
unlimited_plan "$state"
java bench/SlowClients.java "$state" "$connections" "$seconds" "$addresses"
