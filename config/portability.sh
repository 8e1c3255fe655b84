#!/usr/bin/env bash
# Deploys the same EAR to full Payara Server and to WildFly (both from Maven Central) and smoke-tests
# each: health,
# register, one sale through the API. On demand, not in CI. Usage: config/portability.sh
# Needs: Java 17, Maven, curl, unzip, the local PostgreSQL at 127.0.0.1:5432 (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
PAYARA_VERSION=6.2025.9
WILDFLY_VERSION=39.0.1.Final
work=target/portability
db=pos_portability
mkdir -p "$work"

mvn -q -B -DskipTests -Dspotless.check.skip=true package -pl ear -am
ear=ear/target/pos.ear

# the database and signing keys the server will use
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
[ -s "$work/keys/jwt-private.pem" ] || java docker/SigningKeys.java "$work/keys" >/dev/null
export POS_DB_HOST=127.0.0.1 POS_DB_PORT=5432 POS_DB_NAME=$db POS_DB_USER=postgres POS_DB_PASSWORD=postgres
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file://$PWD/$work/keys/jwt-public.pem"
export POS_JWT_PRIVATE_KEY_LOCATION="$PWD/$work/keys/jwt-private.pem"
export POS_LOG_DIR="$PWD/$work/logs" DEBUG=true

smoke() { # $1: base URL, $2: where health is (default the same)
  local url=$1 health=${2:-$1} token warehouse storefront product transfer sale
  curl -fs "$health/health/ready" | grep -q '"UP"' || { echo "health: not UP"; curl -s "$health/health/ready"; return 1; }
  token=$(curl -s -X POST "$url/accounts/api/auth/register/" -H 'Content-Type: application/json' \
    -d "{\"business_name\":\"Portable\",\"email\":\"smoke-$RANDOM@port.test\",\"password\":\"Smoke-Test-1234\",\"first_name\":\"S\",\"last_name\":\"T\"}" \
    | tee "$work/register.json" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "register: $(cat "$work/register.json")"; return 1; }
  post() {
    local answer
    answer=$(curl -s -w '\n%{http_code}' -X POST "$url/$1" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "$2")
    [[ "$(tail -n 1 <<<"$answer")" == 2* ]] || { echo "POST $1: $answer" >&2; return 1; }
    sed '$d' <<<"$answer"
  }
  warehouse=$(post inventory/api/warehouses/ '{"name":"W"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
  storefront=$(post inventory/api/storefronts/ "{\"name\":\"S\",\"warehouse_id\":\"$warehouse\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  product=$(post inventory/api/products/ '{"sku":"P1","name":"Tea"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
  post inventory/api/batches/ "{\"warehouse_id\":\"$warehouse\",\"supplier\":\"A\",\"reference\":\"R\",\"items\":[{\"product_id\":\"$product\",\"quantity\":\"10\",\"unit_cost\":\"1.00\",\"retail_price\":\"2.00\",\"wholesale_price\":\"1.50\"}]}" >/dev/null
  transfer=$(post inventory/api/transfers/ "{\"from_warehouse_id\":\"$warehouse\",\"to_storefront_id\":\"$storefront\",\"items\":[{\"product_id\":\"$product\",\"quantity\":\"5\"}]}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  post "inventory/api/transfers/$transfer/complete/" "" >/dev/null
  sale=$(post sales/api/sales/ "{\"storefront_id\":\"$storefront\",\"items\":[{\"product_id\":\"$product\",\"quantity\":\"2\"}],\"payments\":[{\"method\":\"CASH\",\"amount\":\"5\"}]}")
  echo "$sale" | grep -q '"status":"COMPLETED"' || { echo "sale: $sale"; return 1; }
  echo "smoke test passed: health UP, registered, stock received and moved, sale COMPLETED with change $(echo "$sale" | sed 's/.*"change_due":"\([^"]*\)".*/\1/')"
}

echo "== Payara Server $PAYARA_VERSION"
zip="$work/payara-$PAYARA_VERSION.zip"
[ -s "$zip" ] || curl -sSfL -o "$zip" \
  "https://repo.maven.apache.org/maven2/fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip"
rm -rf "$work/payara6"; unzip -q "$zip" -d "$work"
asadmin="$work/payara6/bin/asadmin"
"$asadmin" start-domain >/dev/null   # the variables above are in its environment: MPCONFIG sees them
trap '"$asadmin" stop-domain >/dev/null 2>&1 || true' EXIT
"$asadmin" deploy --name pos "$ear"
for _ in $(seq 1 60); do curl -fs http://localhost:8080/health/ready 2>/dev/null | grep -q '"UP"' && break; sleep 1; done
smoke http://localhost:8080
"$asadmin" stop-domain >/dev/null

echo "== WildFly $WILDFLY_VERSION"
"$asadmin" stop-domain >/dev/null 2>&1 || true
trap 'pkill -f "jboss-modules.jar" 2>/dev/null || true' EXIT
zip="$work/wildfly-$WILDFLY_VERSION.zip"
[ -s "$zip" ] || curl -sSfL -o "$zip" \
  "https://repo.maven.apache.org/maven2/org/wildfly/wildfly-dist/$WILDFLY_VERSION/wildfly-dist-$WILDFLY_VERSION.zip"
rm -rf "$work/wildfly-$WILDFLY_VERSION"; unzip -q "$zip" -d "$work"
home="$work/wildfly-$WILDFLY_VERSION"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
# the full profile (EJB, batch, JMS...) with MicroProfile Config and JWT; Health and OpenAPI added
"$home/bin/standalone.sh" -c standalone-full.xml -Dpos.db.host=127.0.0.1 -Dpos.db.port=5432 \
  -Dpos.db.name=$db -Dpos.db.user=postgres -Dpos.db.password=postgres >"$work/wildfly.log" 2>&1 &
cli() { "$home/bin/jboss-cli.sh" --connect --commands="$1"; }
for _ in $(seq 1 60); do cli ":read-attribute(name=server-state)" 2>/dev/null | grep -q running && break; sleep 1; done
cli "/extension=org.wildfly.extension.microprofile.health-smallrye:add,/subsystem=microprofile-health-smallrye:add(security-enabled=false),/extension=org.wildfly.extension.microprofile.openapi-smallrye:add,/subsystem=microprofile-openapi-smallrye:add,/subsystem=ee:write-attribute(name=spec-descriptor-property-replacement,value=true)"
cli ":reload"
for _ in $(seq 1 60); do cli ":read-attribute(name=server-state)" 2>/dev/null | grep -q running && break; sleep 1; done
cli "deployment-overlay add --name=pos-datasource --content=/pos-ejb.jar/META-INF/ejb-jar.xml=config/wildfly/ejb-jar.xml --deployments=pos.ear"
cli "deploy $ear --name=pos.ear"
# WildFly reports health on its management port
for _ in $(seq 1 60); do curl -fs http://localhost:9990/health/ready 2>/dev/null | grep -q '"UP"' && break; sleep 1; done
smoke http://localhost:8080 http://localhost:9990
