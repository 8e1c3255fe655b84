#!/usr/bin/env bash
# Start-up time to ready and resident memory after start, with the README's run command.
# Usage: bench/startup.sh [runs]   (default 3). Prints one line per run and the median.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${PORT:-8080}

mvn -q -DskipTests package >/dev/null
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  mvn -q -Prun -DskipTests -Dspotless.check.skip=true package -pl micro -am >"/tmp/pos-bench-run-$port.log" 2>&1 &
  launcher=$!
  until curl -fs "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"UP"'; do
    sleep 0.2
    if ! kill -0 "$launcher" 2>/dev/null; then echo "server failed; see /tmp/pos-bench-run-$port.log"; exit 1; fi
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  pid=$(pgrep -f "payara-micro.jar --deploy" | head -1)
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status")
  printf 'run %d: ready in %.1f s (maven start-up included), server RSS %d MB\n' "$i" "$ready" "$rss"
  times+=("$ready")
  kill -TERM "$launcher"; wait "$launcher" 2>/dev/null || true
  while pgrep -f "payara-micro.jar --deploy" >/dev/null; do sleep 0.5; done
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median ready: %.1f s\n", a[int((NR+1)/2)]}'
