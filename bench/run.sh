#!/usr/bin/env bash
# All benchmarks in one run, each product figure beside the ceiling measured in the same run.
# Usage: bench/run.sh [seconds per load run]   (default 20). Prints one table and appends it, with
# the date, machine and commit, to bench/RESULTS.md.
# Needs: the local PostgreSQL at 127.0.0.1:5432 (trust auth), pgbench, wrk, psql, curl, bc.
# BENCH_SKIP="month-end" (or "month-end catalogue") leaves out the 5 M-line trial balance (most of
# the run's 55 minutes) or the 300,000-product catalogue, for a quicker run of the checkout rows.
# The load of the checkout, hot-product and floor rows comes from wrk (cashiers in bench/server.sh),
# LoadGenerator seeds the business, syncs the offline batches and verifies the books at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/server.sh
T=${1:-20}
db="pos_bench_$(date +%s)"
state=$(mktemp)
rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s | %s |' "$@")"); echo "  $1: $2 (ceiling $3, $4)" >&2; }
ratio() { echo "scale=0; 100 * $1 / $2" | bc; }

echo "== ceiling: pgbench, checkout-shaped SQL, ${T}s per run" >&2
$PSQL -c "DROP DATABASE IF EXISTS pos_bench_ceiling" -c "CREATE DATABASE pos_bench_ceiling"
$PSQL -d pos_bench_ceiling -f bench/ceiling/schema.sql >/dev/null 2>&1
ceiling() { # script clients -> tps
  pgbench -h "$BENCH_PG_HOST" -U postgres -n -M prepared -f "bench/ceiling/$1" -c "$2" -j "$2" -T "$T" pos_bench_ceiling 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}
declare -A CEIL
for c in 1 8 16; do CEIL[$c]=$(ceiling checkout.sql "$c"); done
for c in 8 16; do CEIL[hot$c]=$(ceiling checkout-hot.sql "$c"); done

echo "== product: the server with the run command on database $db" >&2
mvn -q -DskipTests -Dspotless.check.skip=true package >/dev/null
trap 'server_stop; $PSQL -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS pos_bench_ceiling" >/dev/null 2>&1 || true' EXIT
server_start "$db"
ready=$READY_SECONDS
rss_start=$(server_rss_mb)
java bench/LoadGenerator.java seed "$state" >&2
unlimited_plan "$state"
cashiers "$state" 4 5 sale >/dev/null # warm-up: JIT, pools, statement caches
declare -A TPS P99 P50 P95 ERR CPU
for c in 1 8 16; do
  if [ "$c" = 16 ]; then
    ( sleep $((T / 2)); server_rss_mb > "/tmp/pos-bench-rss-$BENCH_PORT" ) &
  fi
  cpu_start
  read -r _ tps p50 p95 p99 ok conflicts errors < <(cashiers "$state" "$c" "$T" sale)
  CPU[$c]=$(cpu_per "$ok")
  TPS[$c]=$tps; P50[$c]=$p50; P95[$c]=$p95; P99[$c]=$p99; ERR[$c]=$((conflicts + errors))
done
rss_load=$(cat "/tmp/pos-bench-rss-$BENCH_PORT")
for c in 8 16; do
  read -r _ tps p50 p95 p99 ok conflicts errors < <(cashiers "$state" "$c" "$T" hot)
  TPS[hot$c]=$tps; P99[hot$c]=$p99; ERR[hot$c]=$((conflicts + errors))
done
# a till back online: 500-sale batches applied one sale per transaction, against one till online
read -r off_rate off_p50 off_applied off_dups off_exc off_rej off_resent < <(java bench/LoadGenerator.java offline "$state" 3)
cashiers "$state" 4 5 read >/dev/null # warm-up of the read path
read -r _ floor _ < <(cashiers "$state" 16 "$T" read)
deadlocks=$(grep -c "40P01" logs/server.log 2>/dev/null || true)
java bench/LoadGenerator.java verify "$state" >&2

for c in 1 8 16; do
  row "checkout, $c client(s)" "${TPS[$c]} /s (p50 ${P50[$c]} ms, p95 ${P95[$c]} ms, p99 ${P99[$c]} ms, ${ERR[$c]} refused)" \
    "${CEIL[$c]} /s" "$(ratio "${TPS[$c]}" "${CEIL[$c]}") %" "$([ "$c" = 16 ] && echo '≥ 50 %' || ([ "$c" = 8 ] && echo 'p99 ≤ 50 ms' || echo '-'))"
done
row "CPU per checkout, 16 clients (wrk's included in both cores)" "${CPU[16]}" "-" "-" \
  "both cores ≤ 3 ms, server ≤ 2 ms"
for c in 8 16; do
  row "hot product, $c clients" "${TPS[hot$c]} /s (p99 ${P99[hot$c]} ms, ${ERR[hot$c]} refused)" "${CEIL[hot$c]} /s" \
    "$(ratio "${TPS[hot$c]}" "${CEIL[hot$c]}") %" "≥ 30 %, no deadlocks (seen: $deadlocks)"
done

row "offline sync, 500-sale batches (one till)" \
  "$off_rate sales/s (batch p50 $off_p50 ms; $off_applied applied, $off_exc with exceptions, $off_rej rejected; re-sent batch: $off_dups duplicates at $off_resent /s)" \
  "${TPS[1]} /s (online checkout, 1 client)" "$(ratio "${off_rate%.*}" "${TPS[1]%.*}") %" "≥ 100 %, duplicates = 500"

# what the HTTP stack gives one request that does almost nothing: no checkout can do better
row "floor: authenticated read (GET users/me), 16 clients" "$floor /s" "${CEIL[16]} /s (checkout SQL)" \
  "$(ratio "$floor" "${CEIL[16]}") %" "- (bounds the checkout ratio)"

business=$(curl -s "$POS_URL/accounts/api/users/me/" -H "Authorization: Bearer $(sed -n 's/^owner=//p' "$state")" \
  | sed 's/.*"business_id":"\([^"]*\)".*/\1/')
skipped() { [[ " ${BENCH_SKIP:-} " == *" $1 "* ]]; }
if ! skipped month-end; then
echo "== month end: 5,000,000 ledger lines" >&2
$PSQL -d "$db" -v biz="$business" -f bench/month-end.sql >/dev/null
first=$(date +%Y-%m-01); last=$(date -d "$first +1 month -1 day" +%Y-%m-%d)
group_by_ms() {
  $PSQL -d "$db" -c "SET work_mem = '64MB'" -c '\timing on' \
    -c "SELECT account_id, sum(debit), sum(credit) FROM bk_ledger_entry WHERE business_id = '$business' AND entry_date BETWEEN '$first' AND '$last' GROUP BY account_id" \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
}
owner=$(sed -n 's/^owner=//p' "$state")
trial_balance_ms() { # request to COMPLETED, as a client sees it
  local start tb
  start=$(date +%s.%N)
  tb=$(curl -s -X POST "$POS_URL/bookkeeping/api/trial-balances/" -H "Authorization: Bearer $owner" \
    -H 'Content-Type: application/json' -d "{\"period_start\":\"$first\",\"period_end\":\"$last\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  until curl -s "$POS_URL/bookkeeping/api/trial-balances/$tb/" -H "Authorization: Bearer $owner" | grep -q '"status":"COMPLETED"'; do sleep 0.1; done
  echo "($(date +%s.%N) - $start) * 1000" | bc
}
# each twice: the first run of either pays for cold caches (and the job for the batch runtime's
# first use in this server); the ratio is taken between the second runs, both figures are shown
sql_first=$(group_by_ms); sql_ms=$(group_by_ms)
job_first=$(trial_balance_ms); job_ms=$(trial_balance_ms)
row "trial balance over 5 M lines (job, request to COMPLETED)" \
  "$(printf '%.0f' "$job_ms") ms (first run $(printf '%.0f' "$job_first") ms)" \
  "$(printf '%.0f' "$sql_ms") ms (SQL GROUP BY; first run $(printf '%.0f' "$sql_first") ms)" \
  "$(echo "scale=1; $job_ms / $sql_ms" | bc) ×" "≤ 2 ×"
fi

if ! skipped catalogue; then
echo "== catalogue: 300,000 products" >&2
$PSQL -d "$db" -v biz="$business" -f bench/catalogue.sql >/dev/null
read -r s50 s95 b50 b95 < <(java bench/LoadGenerator.java lookup "$state" 500 300000)
row "catalogue ?search= (300 k products)" "p50 $s50 ms, p95 $s95 ms" "-" "-" "p95 ≤ 20 ms"
row "catalogue by-barcode" "p50 $b50 ms, p95 $b95 ms" "-" "-" "p95 ≤ 20 ms"
fi
row "start-up to /health/ready (run command, Maven included)" "$(printf '%.1f' "$ready") s" "-" "-" "≤ 20 s"
row "server RSS after start / under 16 clients" "$rss_start MiB / $rss_load MiB" "-" "-" "≤ 768 MiB"

table=$(printf '%s\n' "| measured | product | ceiling | ratio | target |" "| --- | --- | --- | --- | --- |" "${rows[@]}")
echo "$table"
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), ${T}s runs, load from wrk"
  echo
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $($PSQL -c 'SELECT version()' | cut -d' ' -f1-2)"
  echo
  echo "$table"
} >> bench/RESULTS.md
