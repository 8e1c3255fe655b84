# Sourced by the bench scripts: start and stop the server with the README's run command against a
# database of their own on the local PostgreSQL (created by the run command when missing); put
# the cashiers' load on it with wrk; count the CPU a load run cost.
BENCH_PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PSQL="psql -h $BENCH_PG_HOST -U postgres -qAt"
BENCH_PORT=${PORT:-8080}
export POS_URL="http://localhost:$BENCH_PORT"
export PLATFORM_OWNER_EMAIL=${PLATFORM_OWNER_EMAIL:-bench-owner@bench.pos}
# after the port: two clones' benches on this machine keep their servers' output apart
SERVER_LOG=/tmp/pos-bench-server-$BENCH_PORT.log

server_start() { # $1: database name; sets SERVER_DB, SERVER_LAUNCHER and READY_SECONDS
  local db=$1 start
  SERVER_DB=$db
  start=$(date +%s.%N)
  DATABASE_URL="postgres://postgres@$BENCH_PG_HOST:5432/$db" DEBUG=true \
    mvn -q -Prun -DskipTests -Dspotless.check.skip=true package -pl micro -am >"$SERVER_LOG" 2>&1 &
  SERVER_LAUNCHER=$!
  until curl -fs "$POS_URL/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
    sleep 0.2
    if ! kill -0 "$SERVER_LAUNCHER" 2>/dev/null; then
      echo "server failed to start; see $SERVER_LOG" >&2
      return 1
    fi
  done
  READY_SECONDS=$(echo "$(date +%s.%N) - $start" | bc)
}

# this clone's server only: other engineers' servers (ITs) may run on the same machine
SERVER_WAR="$(pwd)/micro/target/pos.war"
server_pid() { pgrep -f -- "--deploy $SERVER_WAR" | head -1; }

server_rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$(server_pid)/status"; }

server_stop() {
  kill -TERM "$SERVER_LAUNCHER" 2>/dev/null || true
  wait "$SERVER_LAUNCHER" 2>/dev/null || true
  while pgrep -f -- "--deploy $SERVER_WAR" >/dev/null; do sleep 0.5; done
}

platform_owner_token() { # registers the platform owner once, then signs in
  curl -s -X POST "$POS_URL/accounts/api/auth/register/" -H 'Content-Type: application/json' \
    -d "{\"business_name\":\"Platform\",\"email\":\"$PLATFORM_OWNER_EMAIL\",\"password\":\"Bench-Pass-1234\",\"first_name\":\"P\",\"last_name\":\"O\"}" >/dev/null
  # the owner's powers count once the address is verified; the bench server sends no mail, so
  # the bench marks its own owner's address verified in its own database
  $PSQL -d "$SERVER_DB" -c "UPDATE acc_person SET email_verified_at = now(), updated_at = now()
    WHERE email = lower('$PLATFORM_OWNER_EMAIL') AND email_verified_at IS NULL" >/dev/null
  curl -s -X POST "$POS_URL/accounts/api/auth/login/" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$PLATFORM_OWNER_EMAIL\",\"password\":\"Bench-Pass-1234\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

unlimited_plan() { # $1: state file of LoadGenerator seed: its business gets the enterprise plan
  local owner business plan
  owner=$(platform_owner_token)
  business=$(curl -s "$POS_URL/accounts/api/users/me/" -H "Authorization: Bearer $(sed -n 's/^owner=//p' "$1")" \
    | sed 's/.*"business_id":"\([^"]*\)".*/\1/')
  plan=$(curl -s "$POS_URL/subscriptions/api/plans/" | sed 's/},{/}\n{/g' | grep '"code":"enterprise"' \
    | sed 's/.*"id":"\([^"]*\)".*/\1/')
  curl -fs -o /dev/null -X POST "$POS_URL/subscriptions/api/platform/complimentary/" \
    -H "Authorization: Bearer $owner" -H 'Content-Type: application/json' \
    -d "{\"business_id\":\"$business\",\"plan_id\":\"$plan\"}"
}

# The load of the rate rows: the seeded cashiers from wrk (bench/cashiers.lua), a client as cheap
# as pgbench is on the ceiling's side, so the 2 cores go to the server and PostgreSQL.
# cashiers STATE CLIENTS SECONDS MODE (sale, hot or read, see bench/cashiers.lua) prints
# "clients tps p50 p95 p99 ok conflicts errors", as LoadGenerator checkout does. Requests still
# in flight when wrk stops (at most CLIENTS) are answered by the server but not counted.
cashiers() {
  local state=$1 clients=$2 seconds=$3 mode=$4 lua threads path
  threads=$((clients < 2 ? clients : 2))
  lua=$(mktemp --suffix=.lua)
  # the seed's Properties file (JWTs and UUIDs: nothing escaped) as a Lua table
  {
    printf 'return {\n  storefront = "%s",\n' "$(sed -n 's/^storefront=//p' "$state")"
    printf '  products = {"%s"},\n' "$(sed -n 's/^products=//p' "$state" | sed 's/,/", "/g')"
    printf '  cashiers = {"%s"},\n}\n' "$(sed -n 's/^cashiers=//p' "$state" | sed 's/,/", "/g')"
  } >"$lua"
  [ "$mode" = read ] && path=accounts/api/users/me/ || path=sales/api/sales/
  # a 30 s timeout as LoadGenerator's: wrk leaves a slower answer out of its latency histogram
  wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 30s -s bench/cashiers.lua "$POS_URL/$path" \
    -- "$lua" "$clients" "$threads" "$mode" | sed -n 's/^result //p'
  rm -f "$lua"
}

# CPU, from /proc: clock ticks of processes and of the whole machine, and their length in ms
TICK_MS=$(echo "1000 / $(getconf CLK_TCK)" | bc)
ticks() { # utime+stime of the given pids, in clock ticks (a pid gone meanwhile counts 0)
  local sum=0 p f
  for p in "$@"; do
    f=$(cat "/proc/$p/stat" 2>/dev/null) || continue
    f=${f##*) } # the command may hold spaces: fields after it, from field 3 (state)
    set -- $f
    sum=$((sum + ${12} + ${13}))
  done
  echo "$sum"
}
pg_pids() { pgrep -x postgres || true; }
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; } # busy, both cores
declare -A CPU_START
cpu_start() { # before a load run: the server's, PostgreSQL's and the machine's ticks so far
  local p
  CPU_START=([server]=$(ticks "$(server_pid)") [machine]=$(machine_ticks))
  for p in $(pg_pids); do CPU_START[pg$p]=$(ticks "$p"); done
}
cpu_per() { # after it, $1 = what was done: "server S ms, PostgreSQL P ms, both cores M ms" each
  local n=$1 pg=0 p
  for p in $(pg_pids); do pg=$((pg + $(ticks "$p") - ${CPU_START[pg$p]:-0})); done # a new backend from 0
  printf 'server %s ms, PostgreSQL %s ms, both cores %s ms' \
    "$(echo "scale=2; ($(ticks "$(server_pid)") - ${CPU_START[server]}) * $TICK_MS / $n" | bc)" \
    "$(echo "scale=2; $pg * $TICK_MS / $n" | bc)" \
    "$(echo "scale=2; ($(machine_ticks) - ${CPU_START[machine]}) * $TICK_MS / $n" | bc)"
}
