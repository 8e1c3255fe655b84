#!/usr/bin/env bash
# Where a checkout's time goes: starts the server (run command, own database), seeds, warms up,
# then (1) logs every SQL statement of 20 single-client checkouts and prints the statements per
# checkout, (2) records a JFR profile of a 16-client checkout load and prints the hottest frames
# (self time) and the hottest application frames (anywhere on the stack).
# Usage: bench/profile.sh [seconds]   (default 20). The recording stays in /tmp/pos-checkout.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
T=${1:-20}
db="pos_profile_$(date +%s)"
state=$(mktemp)
mvn -q -DskipTests -Dspotless.check.skip=true package >/dev/null
# deep EJB call chains overflow JFR's default of 64 frames: keep whole stacks
export POS_JAVA_OPTS="${POS_JAVA_OPTS:--Xmx768m} -XX:FlightRecorderOptions=stackdepth=256"
trap 'server_stop; $PSQL -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
server_start "$db"
java bench/LoadGenerator.java seed "$state" >&2
unlimited_plan "$state"
cashiers "$state" 4 10 sale >/dev/null

echo "== SQL statements per checkout" >&2
pglog=$(ls -t /var/log/postgresql/*.log | head -1)
before=$(wc -l <"$pglog")
# for every session at once (the pool's connections are already open), for three seconds
$PSQL -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
# LoadGenerator here: it waits for the answer in flight at the end, so every logged sale is counted
read -r _ _ _ _ _ ok _ _ < <(java bench/LoadGenerator.java checkout "$state" 1 3)
$PSQL -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
tail -n +"$((before + 1))" "$pglog" | grep -E "@$db LOG:  (statement|execute)" >/tmp/pos-checkout-statements.log || true
total=$(wc -l </tmp/pos-checkout-statements.log)
echo "$ok checkouts, $total statements (incl. filters, alerts, audit): $(echo "scale=1; $total / $ok" | bc) per checkout"
sed -E 's/.*(statement|execute [^:]*): //' /tmp/pos-checkout-statements.log | cut -c1-110 | sort | uniq -c | sort -rn | head -40

echo "== PostgreSQL's time per checkout, by statement (server-side parse + bind + execute, one client)" >&2
before=$(wc -l <"$pglog")
$PSQL -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "ALTER SYSTEM SET track_functions = 'pl'" \
  -c "SELECT pg_reload_conf()" >/dev/null
$PSQL -d "$db" -c "SELECT pg_stat_reset()" >/dev/null
read -r _ _ _ _ _ ok _ _ < <(java bench/LoadGenerator.java checkout "$state" 1 3)
$PSQL -c "ALTER SYSTEM RESET log_min_duration_statement" -c "ALTER SYSTEM RESET track_functions" \
  -c "SELECT pg_reload_conf()" >/dev/null
sleep 11 # idle backends report their statistics within 10 s
echo "trigger functions per checkout (calls, ms):"
$PSQL -d "$db" -F ' ' -c "SELECT funcname, round(calls::numeric / $ok, 1), round((self_time / $ok)::numeric, 3)
  FROM pg_stat_user_functions ORDER BY self_time DESC"
# a deferred trigger's work (the entry's balance check) is in its COMMIT's time
tail -n +"$((before + 1))" "$pglog" | grep -E "@$db LOG:  duration: " \
  | sed -E 's/.*duration: ([0-9.]+) ms  (statement|parse [^:]*|bind [^:]*|execute [^:]*): /\1\t/' \
  | awk -F'\t' -v n="$ok" '{ t[substr($2, 1, 100)] += $1; all += $1 }
      END { printf "%d checkouts: %.3f ms per checkout in all\n", n, all / n
            for (s in t) printf "%8.3f ms  %s\n", t[s] / n, s }' | sort -rn | head -32

echo "== JFR: 16 clients for ${T}s" >&2
pid=$(server_pid)
jcmd "$pid" JFR.start name=checkout settings=default filename=/tmp/pos-checkout.jfr >/dev/null
read -r _ tps _ _ p99 _ _ _ < <(cashiers "$state" 16 "$T" sale)
jcmd "$pid" JFR.stop name=checkout >/dev/null
echo "16 clients: $tps checkouts/s, p99 $p99 ms"
jfr print --stack-depth 256 --events jdk.ExecutionSample /tmp/pos-checkout.jfr >/tmp/pos-checkout-samples.txt
java bench/FrameSummary.java /tmp/pos-checkout-samples.txt
