#!/usr/bin/env bash
# WMS benchmark of issue 4: crige against MapServer 8 and QGIS Server on the same PostGIS data, cases a1-a4
# (256x256 PNG tiles) and b1-b3 (1024x768 maps), at 1 and 8 clients, interleaved in one run.
# Not a test: run it by hand on a quiet machine. See README.md next to this script.
#
#   wms/bench/run-bench.sh            # publish, load, report (peers and PostGIS already up)
#   PROFILE=1 wms/bench/run-bench.sh  # also records a JFR profile of crige during the load
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/../shared" && pwd)}
OGCBENCH="$SHARED/bench/load/ogcbench.py"
RUN_DIR=${RUN_DIR:-/var/tmp/crige-wms-bench}
CRIGE_PORT=${CRIGE_PORT:-8210}
FRONT_PORT=${FRONT_PORT:-8211}
CRIGE_JAR=${CRIGE_JAR:-$ROOT/server/target/crige.jar}
CRIGE_HEAP=${CRIGE_HEAP:-2g}
PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5433} PG_DB=${PG_DB:-geodata}
PG_USER=${PG_USER:-ogc} PG_PASSWORD=${PG_PASSWORD:-ogc} CVL_SCHEMA=${CVL_SCHEMA:-cvl}
MS_URL=${MS_URL:-http://127.0.0.1:8201/} QGIS_URL=${QGIS_URL:-http://127.0.0.1:8202/}
CASES=${CASES:-a,b} CONC=${CONC:-1,8} RUNS=${RUNS:-2} MAX_TIME=${MAX_TIME:-20}
ADMIN=admin:${CRIGE_ADMIN_PASSWORD:=bench-$(date +%s)}
export CRIGE_ADMIN_PASSWORD
BASE=http://127.0.0.1:$CRIGE_PORT

[ -f "$CRIGE_JAR" ] || { echo "build crige first: mvn -B -DskipTests install (from $ROOT)" >&2; exit 1; }
curl -sf -o /dev/null "$MS_URL?SERVICE=WMS&REQUEST=GetCapabilities" \
  || { echo "MapServer is not answering on $MS_URL: $SHARED/bench/peers/peers.sh start" >&2; exit 1; }
curl -sf -o /dev/null "$QGIS_URL?SERVICE=WMS&REQUEST=GetCapabilities" \
  || { echo "QGIS Server is not answering on $QGIS_URL: $SHARED/bench/peers/peers.sh start" >&2; exit 1; }

# shellcheck source=../../bench/scripts/crige-bench.sh
. "$ROOT/bench/scripts/crige-bench.sh"
trap stop_all EXIT

start_crige_for_bench "$CRIGE_HEAP"
# the same tables as the peers, from the same database, with styles equivalent to theirs
publish_peer_tables communes parcels heat_zones roads trees
for layer in communes parcels heat_zones roads trees; do
  rest POST "/rest/workspaces/cvl/styles?name=bench_$layer" application/vnd.ogc.sld+xml "@$HERE/styles/$layer.sld"
  rest PUT "/rest/workspaces/cvl/layers/$layer" application/json "{\"layer\":{\"defaultStyle\":\"cvl:bench_$layer\"}}"
done

start_front /cvl/wms
run_load wfs2
stop_all
report_profile
[ "$BENCH_STATUS" = 0 ] || echo "WARNING: some URLs failed validation (see the validate lines in run.log)" >&2
echo "results in $RUN_DIR/results"
