#!/usr/bin/env bash
# Scale-out check: two Payara Micro instances of the application on this machine as one Payara
# (Hazelcast) cluster over loopback, sharing the local PostgreSQL, with HAProxy in front (round
# robin, no affinity, active health checks on /health/ready).
#
#  1. Addressed directly: a token revoked through one is refused by the other; sign-in throttling
#     counts across both; jobs start through either; concurrent buyers of the last units through
#     both never oversell; the integrity checks pass.
#  2. Failover under load: tills ring up sales through the balancer (Idempotency-Keys, a failed
#     attempt sent again with the same key); one instance is killed with kill -9; the balancer
#     drops it and the retries land on the survivor; the instance is started again and rejoins.
#  3. Rolling restart under load: each instance in turn is drained in the balancer, stopped with
#     SIGTERM, started again and put back; no till sees a failed request.
#
# After each load: every sale a till was told succeeded exists exactly once, no key made two
# sales, and the integrity checks pass. Every check prints "ok" or "FAIL"; the exit status is 1 if
# any failed.
#
# Usage: bench/cluster.sh [tills] [seconds before the kill]   (default 16, 20; on demand: needs the
# local PostgreSQL and curl; installs Debian's haproxy and socat with apt-get when missing)
# CLUSTER_PORT (default 18080) is the balancer's port; the instances listen on the next two ports,
# the balancer's statistics on CLUSTER_PORT + 3, the data grid on 16900 and up.
set -euo pipefail
cd "$(dirname "$0")/.."
tills=${1:-16}
before_kill=${2:-20}
port=${CLUSTER_PORT:-18080}
grid_port=16900
db="pos_cluster_$(date +%s)"
work=target/cluster
rm -rf "$work/run"
mkdir -p "$work/run"
run=$work/run
PSQL="psql -h 127.0.0.1 -U postgres -qAt"

for tool in haproxy socat; do
  command -v "$tool" >/dev/null || apt-get install -y -q "$tool" >/dev/null
done
mvn -q -DskipTests -Dspotless.check.skip=true package >/dev/null
$PSQL -c "CREATE DATABASE $db"
[ -s "$work/keys/jwt-private.pem" ] || java docker/SigningKeys.java "$work/keys" >/dev/null
platform_owner=cluster-owner@cluster.test

declare -A pids
haproxy_pid=
load_pid=
cleanup() {
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null || true
  [ -n "$haproxy_pid" ] && kill "$haproxy_pid" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  $PSQL -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
}
trap cleanup EXIT

fail=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1 (got $2, expected $3)"; fail=1; fi; }
now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

instance_port() { echo $((port + $1)); }

instance_start() { # $1: 1 or 2; each start logs to a file of its own
  local n=$1 log
  log="$run/instance-$n.$(date +%s).log"
  java -Xmx512m -Dpos.db.host=127.0.0.1 -Dpos.db.name="$db" -Dpos.db.user=postgres -Dpos.db.password=postgres \
    -Dmp.jwt.verify.publickey.location="file://$PWD/$work/keys/jwt-public.pem" \
    -Dpos.jwt.private-key.location="$PWD/$work/keys/jwt-private.pem" -Dpos.log.dir="$PWD/$run/logs-$n" \
    -Denable.api.throttle=true -Dpos.password.iterations=1024 -Dplatform.owner.email="$platform_owner" \
    -Dpos.throttle.user-per-hour=10000000 \
    -jar micro/target/payara-micro.jar --deploy micro/target/pos.war --contextroot / --port "$(instance_port "$n")" \
    --clustername pos-cluster --clustermode "tcpip:127.0.0.1:$grid_port,127.0.0.1:$((grid_port + 1))" \
    --startport "$grid_port" --interfaces 127.0.0.1 --name "pos-$n" \
    --prebootcommandfile config/payara-limits.asadmin >"$log" 2>&1 &
  pids[$n]=$!
  ln -sf "$(basename "$log")" "$run/instance-$n.log"
}

instance_ready() { # $1: waits until the instance answers ready by itself (not through the balancer)
  local n=$1
  # a boot takes 25 s on an idle 2-core machine, several minutes when it is shared with builds
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$(instance_port "$n")/health/ready" 2>/dev/null | grep -q '"status":"UP"' && return 0
    kill -0 "${pids[$n]}" 2>/dev/null || { echo "instance $n stopped: see $run/instance-$n.log"; exit 1; }
    sleep 1
  done
  echo "instance $n not ready after 1200 s: see $run/instance-$n.log"
  exit 1
}

# HAProxy's runtime API
hap() { echo "$*" | socat stdio "unix-connect:$run/haproxy.sock"; }
# a server's field in "show stat": status (UP, DOWN, DRAIN, MAINT, ...), scur (sessions now), stot
hap_field() {
  hap "show stat" | awk -F, -v s="pos-$1" -v f="$2" \
    'NR == 1 { for (i = 1; i <= NF; i++) if ($i == f || $i == "# " f) col = i } $1 == "pos" && $2 == s { print $col }'
}
hap_wait() { # $1 instance, $2 status: waits up to 60 s until the balancer shows it
  for _ in $(seq 1 600); do
    [ "$(hap_field "$1" status)" = "$2" ] && return 0
    sleep 0.1
  done
  echo "balancer never showed pos-$1 $2" >&2
  exit 1
}

cat >"$run/haproxy.cfg" <<EOF
global
  log stdout format raw local0
  stats socket $PWD/$run/haproxy.sock mode 600 level admin
  maxconn 1000

defaults
  mode http
  log global
  timeout connect 2s
  timeout client 60s
  # the seeding's transfer of 500 products takes long on a busy machine; tills give up after 10 s
  timeout server 180s
  # a request that cannot reach a server (refused, connect timeout) goes to another one
  retries 3
  option redispatch 1

frontend tills
  bind 127.0.0.1:$port
  http-request capture req.hdr(Idempotency-Key) len 40
  log-format "%Ts.%ms %s %ST %HM %HP %hr"
  default_backend pos

backend pos
  balance roundrobin
  option httpchk
  http-check send meth GET uri /health/ready
  http-check expect status 200
  # a health check may take 5 s before it counts as failed: on a busy machine /health/ready can take
  # over a second, and a last server marked DOWN for slowness leaves every till with a 503
  timeout check 5s
  default-server inter 1s fastinter 500ms downinter 1s fall 3 rise 2 on-marked-down shutdown-sessions
  server pos-1 127.0.0.1:$(instance_port 1) check
  server pos-2 127.0.0.1:$(instance_port 2) check

listen stats
  bind 127.0.0.1:$((port + 3))
  stats enable
  stats uri /
EOF
haproxy -c -q -f "$run/haproxy.cfg"

instance_start 1
instance_start 2
instance_ready 1
instance_ready 2
sleep 3
size=$(grep -ho "DG Size: [0-9]*" "$run"/instance-*.log | sort | tail -1 || true)
echo "both instances ready; Payara data grid (Hazelcast): ${size:-no status in the logs}"
check "the instances form one data grid" "$size" "DG Size: 2"

haproxy -db -f "$run/haproxy.cfg" >"$run/haproxy.log" 2>&1 &
haproxy_pid=$!
until [ -S "$run/haproxy.sock" ]; do sleep 0.1; done
hap_wait 1 UP
hap_wait 2 UP
echo "HAProxy on 127.0.0.1:$port in front of both (statistics on http://127.0.0.1:$((port + 3))/)"

# ---------------------------------------------------------------------------------------------
# 1. addressed directly
A=http://127.0.0.1:$(instance_port 1) B=http://127.0.0.1:$(instance_port 2)
email="cluster-$RANDOM@cluster.test"
token=$(curl -fs -X POST "$A/accounts/api/auth/register/" -H 'Content-Type: application/json' \
  -d "{\"business_name\":\"Cluster\",\"email\":\"$email\",\"password\":\"Cluster-Pass-1234\",\"first_name\":\"C\",\"last_name\":\"L\"}" \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

check "token works on B" "$(status "$B/accounts/api/users/me/" -H "Authorization: Bearer $token")" 200
check "logout through A" "$(status -X POST "$A/accounts/api/auth/logout/" -H "Authorization: Bearer $token")" 204
check "revoked token refused by A at once" "$(status "$A/accounts/api/users/me/" -H "Authorization: Bearer $token")" 401
# B authenticated the token a moment ago and may keep it for RecentCallers.LIFETIME (5 s)
refused_by_b() {
  local deadline=$((SECONDS + 6)) code
  while :; do
    code=$(status "$B/accounts/api/users/me/" -H "Authorization: Bearer $token")
    if [ "$code" = 401 ] || [ $SECONDS -ge $deadline ]; then echo "$code"; return; fi
    sleep 0.5
  done
}
check "revoked token refused by B within 5 s" "$(refused_by_b)" 401

# The throttle counts sign-in attempts per client address (the connection's, not a header): the
# attempts come from an address of their own on the loopback network, so they spend neither the
# budget of 127.0.0.1 (the seeding and the balancer) nor that of any later step.
codes=""
for i in $(seq 1 12); do
  host=$([ $((i % 2)) = 0 ] && echo "$A" || echo "$B")
  codes="$codes $(status --interface 127.0.0.23 -X POST "$host/accounts/api/auth/login/" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"wrong-password-$i\"}")"
done
check "sign-in throttle counts across both (11th and 12th attempts)" "$(echo "$codes" | awk '{print $11, $12}')" "429 429"
check "another address still signs in meanwhile" \
  "$(status --interface 127.0.0.24 -X POST "$A/accounts/api/auth/login/" -H 'Content-Type: application/json' \
    -d '{"email":"nobody@cluster.test","password":"wrong-password"}')" 401

export POS_URL=http://127.0.0.1:$port
state=$run/state
POS_TIMEOUT_SECONDS=180 java bench/LoadGenerator.java seed "$state" >/dev/null
owner=$(sed -n 's/^owner=//p' "$state")
# the sales below go beyond a trial's monthly limit: the platform owner grants the enterprise plan
curl -fs -o /dev/null -X POST "$POS_URL/accounts/api/auth/register/" -H 'Content-Type: application/json' \
  -d "{\"business_name\":\"Platform\",\"email\":\"$platform_owner\",\"password\":\"Cluster-Pass-1234\",\"first_name\":\"P\",\"last_name\":\"O\"}"
platform=$(curl -fs -X POST "$POS_URL/accounts/api/auth/login/" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$platform_owner\",\"password\":\"Cluster-Pass-1234\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
business=$(curl -fs "$POS_URL/accounts/api/users/me/" -H "Authorization: Bearer $owner" | sed 's/.*"business_id":"\([^"]*\)".*/\1/')
plan=$(curl -fs "$POS_URL/subscriptions/api/plans/" | sed 's/},{/}\n{/g' | grep '"code":"enterprise"' | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -fs -o /dev/null -X POST "$POS_URL/subscriptions/api/platform/complimentary/" -H "Authorization: Bearer $platform" \
  -H 'Content-Type: application/json' -d "{\"business_id\":\"$business\",\"plan_id\":\"$plan\"}"
echo "seeded through the balancer: a business with 500 products, 4 cashiers, the enterprise plan"

claims=$(for h in "$A" "$B" "$A" "$B"; do curl -s -X POST "$h/admin/api/jobs/integrity-check/" -H "Authorization: Bearer $owner" \
  -H 'Content-Type: application/json' -d '{}' -o /dev/null -w '%{http_code} '; done)
check "jobs start through either instance" "$claims" "202 202 202 202 "
cashier=$(sed -n 's/^cashiers=//p' "$state" | cut -d, -f1)
storefront=$(sed -n 's/^storefront=//p' "$state")
warehouse=$(sed -n 's/^warehouse=//p' "$state")
product=$(curl -fs -X POST "$A/inventory/api/products/" -H "Authorization: Bearer $owner" -H 'Content-Type: application/json' \
  -d '{"sku":"LAST-TEN","name":"Last ten"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -fs -o /dev/null -X POST "$A/inventory/api/batches/" -H "Authorization: Bearer $owner" -H 'Content-Type: application/json' \
  -d "{\"warehouse_id\":\"$warehouse\",\"supplier\":\"S\",\"reference\":\"R\",\"items\":[{\"product_id\":\"$product\",\"quantity\":\"10\",\"unit_cost\":\"1.00\",\"retail_price\":\"2.00\",\"wholesale_price\":\"1.50\"}]}"
transfer=$(curl -fs -X POST "$A/inventory/api/transfers/" -H "Authorization: Bearer $owner" -H 'Content-Type: application/json' \
  -d "{\"from_warehouse_id\":\"$warehouse\",\"to_storefront_id\":\"$storefront\",\"items\":[{\"product_id\":\"$product\",\"quantity\":\"10\"}]}" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -fs -o /dev/null -X POST "$A/inventory/api/transfers/$transfer/complete/" -H "Authorization: Bearer $owner"
buyers=()
for i in $(seq 1 30); do
  host=$([ $((i % 2)) = 0 ] && echo "$A" || echo "$B")
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "$host/sales/api/sales/" -H "Authorization: Bearer $cashier" \
    -H 'Content-Type: application/json' \
    -d "{\"storefront_id\":\"$storefront\",\"items\":[{\"product_id\":\"$product\",\"quantity\":1}],\"payments\":[{\"method\":\"CASH\",\"amount\":\"2\"}]}" \
    >>"$run/last-ten.txt" &
  buyers+=($!)
done
wait "${buyers[@]}" || true
check "30 concurrent buyers of 10 units through both: sold" "$(grep -c '^201' "$run/last-ten.txt")" 10
check "refused as out of stock" "$(grep -c '^409' "$run/last-ten.txt")" 20

integrity_violations() { # failing checks of the integrity report (its JSON lists a check's fields by name)
  local report
  report=$(curl -s "$POS_URL/admin/api/integrity/" -H "Authorization: Bearer $owner")
  case "$report" in
    *'"checks":['*'"ok":true}') echo 0 ;;
    *'"checks":['*) echo "$report" | grep -o '"name":"[^"]*","ok":false' | wc -l ;;
    *) echo "no report: $report" ;;
  esac
}
check "integrity checks pass" "$(integrity_violations)" 0

# ---------------------------------------------------------------------------------------------
# The tills' load through the balancer, and what is checked after it
load_start() { # $1: name of the scenario
  rm -f "$run/$1.stop"
  java bench/LoadGenerator.java tills "$state" "$tills" "$run/$1.log" "$run/$1.stop" >"$run/$1.figures" &
  load_pid=$!
  load_started=$(now_ms)
}
load_stop() { # $1: name of the scenario
  touch "$run/$1.stop"
  wait "$load_pid"
}
figure() { sed -n "s/^$2 //p" "$run/$1.figures"; }
# HAProxy's log has one line per request: "accepted-at(s.ms) server status method path {key}"
served_by() { # $1 instance, $2 from ms, $3 to ms: requests it answered 201 in that time
  awk -v s="pos-$1" -v from="$2" -v to="$3" '$2 == s && $3 == 201 && $1 * 1000 >= from && $1 * 1000 < to' "$run/haproxy.log" | wc -l
}
not_served_by() { # $1 instance, $2 from ms, $3 to ms: requests not answered 201 by it in that time
  awk -v s="pos-$1" -v from="$2" -v to="$3" '$1 ~ /^[0-9]+[.][0-9]+$/ && ($2 != s || $3 != 201) && $1 * 1000 >= from && $1 * 1000 < to' \
    "$run/haproxy.log" | wc -l
}

after_load() { # $1: name of the scenario; the checks every scenario ends with
  local name=$1
  awk '$1 == "sale" { print $2 "," $3 "," $4 }' "$run/$name.log" >"$run/$name.told.csv"
  awk '$1 == "failed" { print $3 }' "$run/$name.log" | sort -u >"$run/$name.retried-keys.txt"
  local counts
  counts=$($PSQL -d "$db" -F ' ' <<SQL
CREATE TEMP TABLE told (key TEXT, sale_id UUID, attempts INT);
\copy told FROM '$run/$name.told.csv' CSV
CREATE TEMP TABLE retried (key TEXT);
\copy retried FROM '$run/$name.retried-keys.txt' CSV
CREATE TEMP TABLE made AS
  SELECT p.reference AS key, count(DISTINCT s.id) AS sales, bool_and(s.status = 'COMPLETED') AS completed
  FROM sal_sale s JOIN sal_payment p ON p.sale_id = s.id AND p.method = 'CARD'
  WHERE p.reference IN (SELECT key FROM told UNION SELECT key FROM retried)
  GROUP BY p.reference;
SELECT
  (SELECT count(*) FROM told),
  (SELECT count(*) FROM told t JOIN made m ON m.key = t.key
     WHERE m.sales = 1 AND m.completed AND EXISTS (SELECT 1 FROM sal_payment p
       WHERE p.sale_id = t.sale_id AND p.method = 'CARD' AND p.reference = t.key)),
  (SELECT count(*) FROM made WHERE sales > 1),
  (SELECT count(*) FROM retried),
  (SELECT count(*) FROM retried r JOIN made m ON m.key = r.key WHERE m.sales = 1),
  (SELECT count(*) FROM made m WHERE NOT EXISTS (SELECT 1 FROM told t WHERE t.key = m.key));
SQL
)
  read -r told present duplicates retried_keys retried_once unanswered <<<"$counts"
  echo "     requests made $(figure "$name" requests), failed before retry $(figure "$name" failed), sales retried $(figure "$name" retried), succeeded $(figure "$name" succeeded), refused $(figure "$name" refused), abandoned $(figure "$name" abandoned)"
  check "$name: every sale a till was told succeeded exists exactly once ($told told)" "$present" "$told"
  check "$name: duplicates (keys with more than one sale)" "$duplicates" 0
  check "$name: each retried key made exactly one sale ($retried_keys retried)" "$retried_once" "$retried_keys"
  check "$name: sales no till was told of" "$unanswered" 0
  check "$name: sales refused or abandoned" "$(($(figure "$name" refused) + $(figure "$name" abandoned)))" 0
  check "$name: integrity violations" "$(integrity_violations)" 0
}

# ---------------------------------------------------------------------------------------------
# 2. failover: kill -9 under load
echo "failover: $tills tills through the balancer; pos-1 killed with kill -9 after ${before_kill}s"
load_start failover
sleep "$before_kill"
kill -9 "${pids[1]}"
killed=$(now_ms)
wait "${pids[1]}" 2>/dev/null || true
hap_wait 1 DOWN
down_ms=$(($(now_ms) - killed))
echo "     killed pos-1; the balancer marked it DOWN after $(secs "$down_ms") s"
sleep 5
instance_start 1
instance_ready 1
ready=$(now_ms) # the balancer sends it nothing before its next two health checks pass
hap_wait 1 UP
rejoined=$(now_ms)
echo "     pos-1 started again: ready and back in the balancer $(secs $((rejoined - killed))) s after the kill"
# the load goes on until the rejoined instance has answered a sale (at most 300 s), then 10 s more
for _ in $(seq 1 600); do [ "$(served_by 1 "$rejoined" "$(now_ms)")" -gt 0 ] && break; sleep 0.5; done
sleep 10
load_stop failover
last_failure=$(figure failover last-failure)
survivor_ms=$((last_failure > killed ? last_failure - killed : 0))
echo "     the survivor served all traffic $(secs "$survivor_ms") s after the kill (the last failed attempt)"
check "failover: from then until pos-1 rejoined, requests the balancer did not have pos-2 answer 201" \
  "$(not_served_by 2 $((killed + survivor_ms + 1)) "$ready")" 0
check "failover: pos-2 served sales meanwhile" "$([ "$(served_by 2 "$killed" "$ready")" -gt 0 ] && echo yes)" yes
check "failover: pos-1 served sales again after it rejoined" \
  "$([ "$(served_by 1 "$rejoined" "$(now_ms)")" -gt 0 ] && echo yes)" yes
check "failover: the restarted pos-1 rejoined the data grid" \
  "$(grep -ho "DG Size: [0-9]*" "$run/instance-1.log" | tail -1)" "DG Size: 2"
after_load failover
{
  echo "failover_requests=$(figure failover requests)"
  echo "failover_failed=$(figure failover failed)"
  echo "failover_retried=$(figure failover retried)"
  echo "failover_succeeded=$(figure failover succeeded)"
  echo "failover_down_after_s=$(secs "$down_ms")"
  echo "failover_survivor_s=$(secs "$survivor_ms")"
  echo "failover_back_after_s=$(secs $((rejoined - killed)))"
} >"$run/summary"

# ---------------------------------------------------------------------------------------------
# 3. rolling restart: drain, SIGTERM, start, put back; one instance at a time
echo "rolling restart: $tills tills through the balancer; each instance drained, stopped and started in turn"
load_start rolling
sleep 10
for n in 1 2; do
  hap "set server pos/pos-$n state drain" >/dev/null
  drained=$(now_ms)
  for _ in $(seq 1 300); do [ "$(hap_field "$n" scur)" = 0 ] && break; sleep 0.1; done
  kill -TERM "${pids[$n]}"
  wait "${pids[$n]}" 2>/dev/null || true
  echo "     pos-$n drained in $(secs $(($(now_ms) - drained))) s and stopped"
  instance_start "$n"
  instance_ready "$n"
  hap "set server pos/pos-$n state ready" >/dev/null
  hap_wait "$n" UP
  echo "     pos-$n back in the balancer $(secs $(($(now_ms) - drained))) s after its drain began"
  sleep 5
done
load_stop rolling
check "rolling restart: failed requests as the tills saw them" "$(figure rolling failed)" 0
check "rolling restart: both restarted instances form one data grid" \
  "$(grep -ho "DG Size: [0-9]*" "$run/instance-2.log" | tail -1)" "DG Size: 2"
after_load rolling
{
  echo "rolling_requests=$(figure rolling requests)"
  echo "rolling_failed=$(figure rolling failed)"
  echo "rolling_succeeded=$(figure rolling succeeded)"
} >>"$run/summary"
echo "figures: $run/summary; logs: $run/"
[ "$fail" = 0 ] && echo "all checks ok" || echo "some checks FAILED"
exit $fail
