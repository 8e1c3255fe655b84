#!/usr/bin/env bash
# Scale-out check: two Payara Micro instances of the application on this machine as one Payara
# (Hazelcast) cluster over loopback, sharing the local PostgreSQL, addressed directly on ports 8081
# and 8082. Checks: a token revoked through one is refused by the other; sign-in throttling counts
# across both; scheduled work is claimed by one instance; concurrent checkouts through both never
# oversell. Usage: bench/cluster.sh   (on demand; needs the local PostgreSQL, curl)
set -euo pipefail
cd "$(dirname "$0")/.."
db="pos_cluster_$(date +%s)"
work=target/cluster
mkdir -p "$work"
mvn -q -DskipTests -Dspotless.check.skip=true install >/dev/null
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
[ -s "$work/keys/jwt-private.pem" ] || java docker/SigningKeys.java "$work/keys" >/dev/null

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
}
trap cleanup EXIT
for n in 1 2; do
  java -Xmx512m -Dpos.db.host=127.0.0.1 -Dpos.db.name="$db" -Dpos.db.user=postgres -Dpos.db.password=postgres \
    -Dmp.jwt.verify.publickey.location="file://$PWD/$work/keys/jwt-public.pem" \
    -Dpos.jwt.private-key.location="$PWD/$work/keys/jwt-private.pem" -Dpos.log.dir="$PWD/$work/logs-$n" \
    -Denable.api.throttle=true -Dpos.throttle.sign-in-per-email-per-minute=10 -Dpos.password.iterations=1024 \
    -jar micro/target/payara-micro.jar --deploy micro/target/pos.war --contextroot / --port "808$n" \
    --clustername pos-cluster --clustermode tcpip:127.0.0.1:6900 --startport 6900 \
    --interfaces 127.0.0.1 --name "pos-$n" >"$work/instance-$n.log" 2>&1 &
  pids+=($!)
done
for n in 1 2; do
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:808$n/health/ready" 2>/dev/null | grep -q '"status":"UP"' && break
    kill -0 "${pids[$((n - 1))]}" 2>/dev/null || { echo "instance $n stopped: see $work/instance-$n.log"; exit 1; }
    sleep 1
  done
done
sleep 3
size=$(grep -ho "DG Size: [0-9]*" "$work"/instance-*.log | sort | tail -1 || true)
echo "both instances ready; Payara data grid (Hazelcast): ${size:-no status in the logs}"
[ "$size" = "DG Size: 2" ] || { echo "FAIL the instances did not form one cluster"; exit 1; }

A=http://localhost:8081 B=http://localhost:8082
email="cluster-$RANDOM@cluster.test"
token=$(curl -fs -X POST "$A/accounts/api/auth/register/" -H 'Content-Type: application/json' \
  -d "{\"business_name\":\"Cluster\",\"email\":\"$email\",\"password\":\"Cluster-Pass-1234\",\"first_name\":\"C\",\"last_name\":\"L\"}" \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
fail=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1 (got $2, expected $3)"; fail=1; fi; }

check "token works on B" "$(status "$B/accounts/api/users/me/" -H "Authorization: Bearer $token")" 200
check "logout through A" "$(status -X POST "$A/accounts/api/auth/logout/" -H "Authorization: Bearer $token")" 204
check "revoked token refused by B" "$(status "$B/accounts/api/users/me/" -H "Authorization: Bearer $token")" 401

codes=""
for i in $(seq 1 12); do
  host=$([ $((i % 2)) = 0 ] && echo "$A" || echo "$B")
  codes="$codes $(status -X POST "$host/accounts/api/auth/login/" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"wrong-password-$i\"}")"
done
check "sign-in throttle counts across both (11th and 12th attempts)" "$(echo "$codes" | awk '{print $11, $12}')" "429 429"

export POS_URL=$A
state=$(mktemp)
java bench/LoadGenerator.java seed "$state" >/dev/null
owner=$(sed -n 's/^owner=//p' "$state")
claims=$(for h in "$A" "$B" "$A" "$B"; do curl -s -X POST "$h/admin/api/jobs/integrity-check/" -H "Authorization: Bearer $owner" \
  -H 'Content-Type: application/json' -d '{}' -o /dev/null -w '%{http_code} '; done)
check "jobs start through either instance" "$claims" "202 202 202 202 "
token=$(sed -n 's/^cashiers=//p' "$state" | cut -d, -f1)
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
for i in $(seq 1 30); do
  host=$([ $((i % 2)) = 0 ] && echo "$A" || echo "$B")
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "$host/sales/api/sales/" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d "{\"storefront_id\":\"$storefront\",\"items\":[{\"product_id\":\"$product\",\"quantity\":1}],\"payments\":[{\"method\":\"CASH\",\"amount\":\"2\"}]}" &
done >"$work/sales.txt"
wait $(jobs -p | grep -v -e "${pids[0]}" -e "${pids[1]}") 2>/dev/null || true
sleep 1
check "30 concurrent buyers of 10 units through both: sold" "$(grep -c '^201' "$work/sales.txt")" 10
check "refused as out of stock" "$(grep -c '^409' "$work/sales.txt")" 20
check "integrity checks pass" "$(curl -s "$B/admin/api/integrity/" -H "Authorization: Bearer $owner" | grep -o '^{"checks".*"ok":[a-z]*}$' | grep -o '"ok":[a-z]*}$')" '"ok":true}'
exit $fail
