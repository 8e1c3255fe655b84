#!/usr/bin/env bash
# Slow-body attack: CONNECTIONS sockets from ADDRESSES loopback addresses each declare a
# 100,000-byte body and send one byte every 2 s, while a normal client signs in and rings up sales.
# Prints the normal client's success rate and p99 (target: 100 % and under 1 s).
# Usage: bench/slow-clients.sh [connections] [seconds] [addresses]   (default 300, 60, 300)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
connections=${1:-300}
seconds=${2:-60}
addresses=${3:-300}
db="pos_slow_$(date +%s)"
state=$(mktemp)

mvn -q -DskipTests -Dspotless.check.skip=true install >/dev/null
trap 'server_stop; $PSQL -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
server_start "$db"
echo "server ready in ${READY_SECONDS}s"
java bench/LoadGenerator.java seed "$state"
unlimited_plan "$state"
java bench/SlowClients.java "$state" "$connections" "$seconds" "$addresses"
