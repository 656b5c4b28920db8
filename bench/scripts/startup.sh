#!/usr/bin/env bash
# Start-up time: from `java -jar` to the first 200 of /actuator/health, with the sample data directory and
# with a generated one of 10,000 layers. Build first: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=server/target/crige.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
port=${PORT:-18080}
runs=${RUNS:-3}
big=target/bench-datadir-10k
[ -d "$big" ] || python3 bench/scripts/make-datadir.py data-dir "$big" 10000

measure() { # data-dir
  local t0 t1 pid
  t0=$(date +%s%N)
  java -jar "$jar" --server.port="$port" --crige.data-dir="$1" >/tmp/crige-startup.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "server died, see /tmp/crige-startup.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "scale=2; ($t1 - $t0) / 1000000000" | bc
}

for dd in data-dir "$big"; do
  for i in $(seq "$runs"); do
    printf '%s run %d: %s s\n' "$dd" "$i" "$(measure "$dd")"
  done
done
