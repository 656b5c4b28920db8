#!/usr/bin/env bash
# Catalogue benchmark of issue 5: 100,000 generated French ISO 19139 records in the embedded SQLite store and
# in the PostgreSQL store, then GetRecords AnyText + BBOX, GetRecordById and the GeoNetwork and data.gouv.fr
# harvests, timed through the CSW service (no HTTP). Not a test: run it by hand on a quiet machine; it loads
# one core for several minutes per store. See README.md next to this script.
#
#   catalog-plugin/bench/run-bench.sh                       # both stores, 100,000 records
#   STORES=sqlite RECORDS=25000 catalog-plugin/bench/run-bench.sh
#   RESET=1 catalog-plugin/bench/run-bench.sh               # drop the kept stores and load again
#   MVN="flock /tmp/crige-mvn.lock mvn" catalog-plugin/bench/run-bench.sh   # when Maven runs must be serialised
#
# The loaded stores are kept between runs ($RUN_DIR/records-<n>.sqlite, PostgreSQL schema crige_csw_bench_<n>),
# so that a second run measures queries without loading again. PostgreSQL: the database named by PGHOST,
# PGPORT, PGUSER, PGPASSWORD, PGDATABASE; without them, scripts/postgis-test.sh provides a throwaway cluster.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUN_DIR=${RUN_DIR:-/var/tmp/crige-csw-bench}
RECORDS=${RECORDS:-100000}
STORES=${STORES:-sqlite,postgresql}
HEAP=${HEAP:-1g}
MVN=${MVN:-mvn}

mkdir -p "$RUN_DIR"
cd "$ROOT"
# the catalogue as built from this tree, with the record generator of its tests
$MVN -B -q -pl catalog-plugin -DskipTests test-compile
$MVN -B -q -pl catalog-plugin dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$RUN_DIR/catalog.cp"
CP="$ROOT/catalog-plugin/target/classes:$ROOT/catalog-plugin/target/test-classes:$(cat "$RUN_DIR/catalog.cp")"

for STORE in ${STORES//,/ }; do
  case "$STORE" in
    sqlite)
      WHERE="$RUN_DIR/records-$RECORDS.sqlite"
      [ "${RESET:-0}" = 1 ] && rm -f "$WHERE" "$WHERE-wal" "$WHERE-shm"
      ;;
    postgresql)
      if [ -z "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}" ]; then
        bash "$ROOT/scripts/postgis-test.sh" start >/dev/null
        # shellcheck disable=SC1091
        . "$ROOT/target/pgtest/env"
      fi
      WHERE="crige_csw_bench_$RECORDS"
      [ "${RESET:-0}" = 1 ] && psql -qAtc "DROP SCHEMA IF EXISTS $WHERE CASCADE"
      ;;
    *) echo "unknown store $STORE (sqlite, postgresql)" >&2; exit 1 ;;
  esac
  echo "== $STORE, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -cp "$CP" "$HERE/CatalogueBenchmark.java" "$STORE" "$WHERE" "$RECORDS"
  echo "== load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
done 2>&1 | tee "$RUN_DIR/result.txt"
