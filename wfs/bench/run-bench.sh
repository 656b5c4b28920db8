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

CRIGE_PID= FRONT_UP=
stop_all() {
  if [ -n "$FRONT_UP" ]; then nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
  if [ -n "$CRIGE_PID" ]; then kill "$CRIGE_PID" 2>/dev/null || true; wait "$CRIGE_PID" 2>/dev/null || true; fi
  CRIGE_PID= FRONT_UP=
}
trap stop_all EXIT

start_crige() { # HEAP [extra JVM options...]
  local heap=$1; shift
  java -Xms"$heap" -Xmx"$heap" -Djava.awt.headless=true "$@" -jar "$CRIGE_JAR" --server.port="$CRIGE_PORT" \
    --crige.data-dir="$RUN_DIR/data-dir" >>"$RUN_DIR/crige.log" 2>&1 &
  CRIGE_PID=$!
  for _ in $(seq 60); do curl -sf -o /dev/null "$BASE/actuator/health" && return 0; sleep 1; done
  echo "crige did not start, see $RUN_DIR/crige.log" >&2; exit 1
}

rest() { # METHOD PATH CONTENT-TYPE BODY
  local code
  code=$(curl -s -o "$RUN_DIR/rest.out" -w '%{http_code}' -u "$ADMIN" -X "$1" -H "Content-Type: $3" \
    --data-binary "$4" "$BASE$2")
  case $code in 2??) ;; *) echo "REST $1 $2 -> $code: $(cat "$RUN_DIR/rest.out")" >&2; exit 1 ;; esac
}
entry() { printf '{"@key":"%s","$":"%s"}' "$1" "$2"; }

rm -rf "$RUN_DIR/data-dir" && mkdir -p "$RUN_DIR/data-dir" "$RUN_DIR/results" && : >"$RUN_DIR/crige.log"
JFR=()
if [ "${PROFILE:-0}" = 1 ]; then
  JFR=(-XX:StartFlightRecording=filename="$RUN_DIR/results/crige.jfr",settings=profile,dumponexit=true)
fi
start_crige "$CRIGE_HEAP" "${JFR[@]}"

# the peers' tables, from the same database (publishing needs a global default style: the sample's generic one)
rest POST "/rest/styles?name=generic" application/vnd.ogc.sld+xml "@$ROOT/data-dir/styles/generic.sld"
rest POST /rest/workspaces application/json '{"workspace":{"name":"cvl"}}'
rest POST /rest/workspaces/cvl/datastores application/json "{\"dataStore\":{\"name\":\"pg\",\"type\":\"PostGIS\",
  \"connectionParameters\":{\"entry\":[$(entry host "$PG_HOST"),$(entry port "$PG_PORT"),$(entry database "$PG_DB"),
  $(entry schema "$CVL_SCHEMA"),$(entry user "$PG_USER"),$(entry passwd "$PG_PASSWORD"),$(entry maxConnections 16)]}}}"
for layer in departements communes parcels heat_zones roads trees; do
  rest POST /rest/workspaces/cvl/datastores/pg/featuretypes application/json \
    "{\"featureType\":{\"name\":\"$layer\",\"nativeName\":\"$layer\",\"title\":\"$layer\"}}"
done

if [ "$MODE" = serve ]; then
  echo "crige (pid $CRIGE_PID) serves the cvl tables: $BASE/wfs (names cvl:...) and $BASE/cvl/wfs; admin password" \
    "$CRIGE_ADMIN_PASSWORD"
  wait "$CRIGE_PID"
  exit 0
fi

# The workspace's own endpoint /cvl/wfs names types without prefix, as the peers do. ogcbench's Python engine
# only handles service URLs at the root of a host (with a path such as /cvl/wfs it requests
# /cvl/wfs/cvl/wfs?...), so crige is reached through an nginx front that maps / to /cvl/wfs, which also puts
# it behind the same kind of front as the peers (nginx, keep-alive, no access log).
mkdir -p "$RUN_DIR/nginx/tmp"
cat >"$RUN_DIR/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $RUN_DIR/nginx/nginx.pid;
error_log $RUN_DIR/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $RUN_DIR/nginx/tmp/body;
    proxy_temp_path $RUN_DIR/nginx/tmp/proxy;
    fastcgi_temp_path $RUN_DIR/nginx/tmp/fastcgi;
    uwsgi_temp_path $RUN_DIR/nginx/tmp/uwsgi;
    scgi_temp_path $RUN_DIR/nginx/tmp/scgi;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    upstream crige { server 127.0.0.1:$CRIGE_PORT; keepalive 32; }
    server {
        listen 127.0.0.1:$FRONT_PORT;
        location / {
            proxy_pass http://crige/cvl/wfs;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout 300s;
        }
    }
}
EOF
nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -g "user root;"
FRONT_UP=1

# ogcbench exits with 1 when a URL failed validation: still write the report, then say so
set +e
"$OGCBENCH" run --target mapserver=mapserver@"$MS_URL" --target qgis=qgis@"$QGIS_URL" \
  --target crige=wfs2@"http://127.0.0.1:$FRONT_PORT/" --cases "$CASES" --conc "$CONC" --runs "$RUNS" \
  --max-time "$MAX_TIME" --out-dir "$RUN_DIR/results" | tee "$RUN_DIR/results/run.log"
BENCH_STATUS=${PIPESTATUS[0]}
set -e
"$OGCBENCH" report "$RUN_DIR/results/mapserver.json" "$RUN_DIR/results/qgis.json" "$RUN_DIR/results/crige.json" \
  | tee "$RUN_DIR/results/report.md"
stop_all

if [ "${PROFILE:-0}" = 1 ]; then
  # hottest frames of the sampled stacks: what dominates crige's time under load
  "$ROOT/bench/scripts/jfr-hot.py" "$RUN_DIR/results/crige.jfr" | tee "$RUN_DIR/results/hot-methods.txt"
fi

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
