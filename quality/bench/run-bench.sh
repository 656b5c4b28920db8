#!/usr/bin/env bash
# Quality benchmark of issue 2: the 500,000 parcels of the shared dataset (PostGIS, scale 1) checked against
# the parcel standard of the data directory (etalab-cadastre-parcelles: types, patterns, IDU condition, unique
# ids, geometry validity, no overlap), with crige's rule engine reading the table through the PostGIS store as
# for a published layer. Prints time, features/s and peak heap. Not a test: run it by hand on a quiet machine.
#
#   quality/bench/run-bench.sh                # HEAP=512m by default: the check must fit in it
#   HEAP=256m quality/bench/run-bench.sh
#   MVN="flock /tmp/crige-mvn.lock mvn" quality/bench/run-bench.sh   # when Maven runs must be serialised
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUN_DIR=${RUN_DIR:-/var/tmp/crige-quality-bench}
HEAP=${HEAP:-512m}
MVN=${MVN:-mvn}
STANDARD=${STANDARD:-$ROOT/data-dir/quality/standards/etalab-cadastre-parcelles.yaml}
TABLE=${TABLE:-parcelles}
PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5433} PG_DB=${PG_DB:-geodata}
PG_USER=${PG_USER:-ogc} PG_PASSWORD=${PG_PASSWORD:-ogc} CVL_SCHEMA=${CVL_SCHEMA:-cvl}
export PG_HOST PG_PORT PG_DB PG_USER PG_PASSWORD

mkdir -p "$RUN_DIR"
PGPASSWORD=$PG_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -Atc \
  "select count(*) from $CVL_SCHEMA.parcels" >/dev/null \
  || { echo "no $CVL_SCHEMA.parcels on $PG_HOST:$PG_PORT/$PG_DB: see ../shared/data/README.md" >&2; exit 1; }

# the quality module as built from this tree, with the PostGIS store and both modules' dependencies
cd "$ROOT"
$MVN -B -q -pl quality -DskipTests compile
$MVN -B -q -pl quality dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$RUN_DIR/quality.cp"
$MVN -B -q -pl store-postgis dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$RUN_DIR/postgis.cp"
POSTGIS_JAR=$(ls "$HOME"/.m2/repository/fr/crige/crige-store-postgis/*/crige-store-postgis-*.jar | grep -v -- -tests | tail -1)
[ -f "$POSTGIS_JAR" ] || { echo "install store-postgis first: mvn -B -q -pl store-postgis install -DskipTests" >&2; exit 1; }
CP="$ROOT/quality/target/classes:$POSTGIS_JAR:$(cat "$RUN_DIR/quality.cp"):$(cat "$RUN_DIR/postgis.cp")"

java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -cp "$CP" "$HERE/QualityBenchmark.java" \
  "$STANDARD" "$TABLE" "$CVL_SCHEMA" parcels | tee "$RUN_DIR/result.txt"
