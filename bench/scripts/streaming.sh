#!/usr/bin/env bash
# Features/s streamed from PostGIS through the store SPI vs plain JDBC (see StoreStreamingBenchmark).
# Uses the PostGIS given by the PG* variables, or provisions the throwaway test cluster.
# Arguments: [schema [table [rows [rounds]]]], default: bench points 500000 5 (table created if absent).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PGHOST:-}" ]; then
  scripts/postgis-test.sh start >/dev/null
  trap 'scripts/postgis-test.sh stop' EXIT
  # shellcheck disable=SC1091
  . target/pgtest/env
fi
mvn -B -q -DskipTests package -pl bench -am
java -Xmx512m -cp "bench/target/crige-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
  fr.crige.bench.StoreStreamingBenchmark "$@"
