#!/usr/bin/env bash
# WFS benchmark of issue 3: crige against MapServer 8 (WFS 2.0.0) and QGIS Server (WFS 1.1.0) on the same
# PostGIS data, cases c1-c3 (10,000 trees as GeoJSON and GML, all communes as GeoJSON) and d1-d2 (BBOX queries
# on the 500k parcels and on the trees), at 1 and 8 clients, interleaved in one run.
# Not a test: run it by hand on a quiet machine. See README.md next to this script.
#
#   wfs/bench/run-bench.sh              # publish, load, report (peers and PostGIS already up)
#   PROFILE=1 wfs/bench/run-bench.sh    # also records a JFR profile of crige during the load
#   STREAM_CHECK=1 wfs/bench/run-bench.sh   # then streams all 500k parcels as GeoJSON from a crige with 256 MB heap
#   wfs/bench/run-bench.sh serve        # only start crige with the tables published (e.g. for the CITE suite);
#                                       # Ctrl-C or kill stops it
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/../shared" && pwd)}
OGCBENCH="$SHARED/bench/load/ogcbench.py"
RUN_DIR=${RUN_DIR:-/var/tmp/crige-wfs-bench}
CRIGE_PORT=${CRIGE_PORT:-8220}
FRONT_PORT=${FRONT_PORT:-8221}
CRIGE_JAR=${CRIGE_JAR:-$ROOT/server/target/crige.jar}
CRIGE_HEAP=${CRIGE_HEAP:-2g}
PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5433} PG_DB=${PG_DB:-geodata}
PG_USER=${PG_USER:-ogc} PG_PASSWORD=${PG_PASSWORD:-ogc} CVL_SCHEMA=${CVL_SCHEMA:-cvl}
MS_URL=${MS_URL:-http://127.0.0.1:8201/} QGIS_URL=${QGIS_URL:-http://127.0.0.1:8202/}
CASES=${CASES:-c,d} CONC=${CONC:-1,8} RUNS=${RUNS:-2} MAX_TIME=${MAX_TIME:-20}
ADMIN=admin:${CRIGE_ADMIN_PASSWORD:=bench-$(date +%s)}
export CRIGE_ADMIN_PASSWORD
BASE=http://127.0.0.1:$CRIGE_PORT
MODE=${1:-bench}

[ -f "$CRIGE_JAR" ] || { echo "build crige first: mvn -B -DskipTests install (from $ROOT)" >&2; exit 1; }
if [ "$MODE" = bench ]; then
  curl -sf -o /dev/null "$MS_URL?SERVICE=WFS&REQUEST=GetCapabilities" \
    || { echo "MapServer is not answering on $MS_URL: $SHARED/bench/peers/peers.sh start" >&2; exit 1; }
  curl -sf -o /dev/null "$QGIS_URL?SERVICE=WFS&REQUEST=GetCapabilities" \
    || { echo "QGIS Server is not answering on $QGIS_URL: $SHARED/bench/peers/peers.sh start" >&2; exit 1; }
fi

# shellcheck source=../../bench/scripts/crige-bench.sh
. "$ROOT/bench/scripts/crige-bench.sh"
trap stop_all EXIT

start_crige_for_bench "$CRIGE_HEAP"
publish_peer_tables departements communes parcels heat_zones roads trees

if [ "$MODE" = serve ]; then
  echo "crige (pid $CRIGE_PID) serves the cvl tables: $BASE/wfs (names cvl:...) and $BASE/cvl/wfs; admin password" \
    "$CRIGE_ADMIN_PASSWORD"
  wait "$CRIGE_PID"
  exit 0
fi

start_front /cvl/wfs
run_load wfs2
stop_all
report_profile

if [ "${STREAM_CHECK:-0}" = 1 ]; then
  # constant memory: every parcel (500,012 at scale 1) as GeoJSON from a crige limited to a 256 MB heap
  start_crige 256m
  curl -s -o /dev/null -w 'stream check: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n' \
    "$BASE/cvl/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels&OUTPUTFORMAT=application/json" \
    | tee "$RUN_DIR/results/stream-check.txt"
  echo "OutOfMemoryError lines in crige.log: $(grep -c OutOfMemoryError "$RUN_DIR/crige.log" || true)" \
    | tee -a "$RUN_DIR/results/stream-check.txt"
  stop_all
fi
[ "$BENCH_STATUS" = 0 ] || echo "WARNING: some URLs failed validation (see the validate lines in run.log)" >&2
echo "results in $RUN_DIR/results"
