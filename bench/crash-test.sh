#!/usr/bin/env bash
# Crash test: concurrent checkouts, refunds and transfers; kill -9 the server mid-load; start it
# again; then every request that was answered 201 must be there and the integrity checks must pass.
# Usage: bench/crash-test.sh [clients] [seconds before the kill]   (default 16, 20)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
clients=${1:-16}
before_kill=${2:-20}
db="pos_crash_$(date +%s)"
state=$(mktemp) log=$(mktemp)

mvn -q -DskipTests -Dspotless.check.skip=true package >/dev/null
trap 'server_stop; $PSQL -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
server_start "$db"
java bench/LoadGenerator.java seed "$state"
unlimited_plan "$state"

java bench/LoadGenerator.java mixed "$state" "$clients" $((before_kill + 1)) "$log" >/tmp/pos-crash-load.txt &
load=$!
sleep "$before_kill"
pid=$(server_pid)
kill -9 "$pid"
echo "killed the server (pid $pid) after ${before_kill}s of load"
wait "$load" || true
server_stop
server_start "$db"
echo "restarted in ${READY_SECONDS}s"
set +e
java bench/LoadGenerator.java verify "$state" "$log" | tee /tmp/pos-crash-verify.txt
result=${PIPESTATUS[0]}
set -e
echo "requests made: $(sed -n 's/^requests //p' /tmp/pos-crash-load.txt) (those sent in the second after the kill failed to connect)"
exit "$result"
