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

rm -rf "$RUN_DIR/data-dir" && mkdir -p "$RUN_DIR/data-dir" "$RUN_DIR/results"
JAVA_OPTS=(-Xms"$CRIGE_HEAP" -Xmx"$CRIGE_HEAP" -Djava.awt.headless=true)
if [ "${PROFILE:-0}" = 1 ]; then
  JAVA_OPTS+=(-XX:StartFlightRecording=filename="$RUN_DIR/results/crige.jfr",settings=profile,dumponexit=true)
fi
java "${JAVA_OPTS[@]}" -jar "$CRIGE_JAR" --server.port="$CRIGE_PORT" --crige.data-dir="$RUN_DIR/data-dir" \
  >"$RUN_DIR/crige.log" 2>&1 &
CRIGE_PID=$!
trap 'kill $CRIGE_PID 2>/dev/null || true; wait $CRIGE_PID 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf -o /dev/null "$BASE/actuator/health" && break; sleep 1; done
curl -sf -o /dev/null "$BASE/actuator/health" || { echo "crige did not start, see $RUN_DIR/crige.log" >&2; exit 1; }

rest() { # METHOD PATH CONTENT-TYPE BODY
  local code
  code=$(curl -s -o "$RUN_DIR/rest.out" -w '%{http_code}' -u "$ADMIN" -X "$1" -H "Content-Type: $3" \
    --data-binary "$4" "$BASE$2")
  case $code in 2??) ;; *) echo "REST $1 $2 -> $code: $(cat "$RUN_DIR/rest.out")" >&2; exit 1 ;; esac
}
entry() { printf '{"@key":"%s","$":"%s"}' "$1" "$2"; }

# the same tables as the peers, from the same database, with styles equivalent to theirs
# publishing a feature type needs a global default style: take the sample data directory's generic one
rest POST "/rest/styles?name=generic" application/vnd.ogc.sld+xml "@$ROOT/data-dir/styles/generic.sld"
rest POST /rest/workspaces application/json '{"workspace":{"name":"cvl"}}'
rest POST /rest/workspaces/cvl/datastores application/json "{\"dataStore\":{\"name\":\"pg\",\"type\":\"PostGIS\",
  \"connectionParameters\":{\"entry\":[$(entry host "$PG_HOST"),$(entry port "$PG_PORT"),$(entry database "$PG_DB"),
  $(entry schema "$CVL_SCHEMA"),$(entry user "$PG_USER"),$(entry passwd "$PG_PASSWORD"),$(entry maxConnections 16)]}}}"
for layer in communes parcels heat_zones roads trees; do
  rest POST /rest/workspaces/cvl/datastores/pg/featuretypes application/json \
    "{\"featureType\":{\"name\":\"$layer\",\"nativeName\":\"$layer\",\"title\":\"$layer\"}}"
  rest POST "/rest/workspaces/cvl/styles?name=bench_$layer" application/vnd.ogc.sld+xml "@$HERE/styles/$layer.sld"
  rest PUT "/rest/workspaces/cvl/layers/$layer" application/json "{\"layer\":{\"defaultStyle\":\"cvl:bench_$layer\"}}"
done

# The workspace's own endpoint /cvl/wms names layers without prefix, as the peers do. ogcbench's Python engine
# only handles service URLs at the root of a host (with a path such as /cvl/wms it requests
# /cvl/wms/cvl/wms?...), so crige is reached through an nginx front that maps / to /cvl/wms, which also puts
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
            proxy_pass http://crige/cvl/wms;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout 300s;
        }
    }
}
EOF
nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -g "user root;"
trap 'nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -s stop 2>/dev/null || true
      kill $CRIGE_PID 2>/dev/null || true; wait $CRIGE_PID 2>/dev/null || true' EXIT
# ogcbench exits with 1 when a URL failed validation: still write the report, then say so
set +e
"$OGCBENCH" run --target mapserver=mapserver@"$MS_URL" --target qgis=qgis@"$QGIS_URL" \
  --target crige=wfs2@"http://127.0.0.1:$FRONT_PORT/" --cases "$CASES" --conc "$CONC" --runs "$RUNS" --max-time "$MAX_TIME" \
  --out-dir "$RUN_DIR/results" | tee "$RUN_DIR/results/run.log"
BENCH_STATUS=${PIPESTATUS[0]}
set -e
"$OGCBENCH" report "$RUN_DIR/results/mapserver.json" "$RUN_DIR/results/qgis.json" "$RUN_DIR/results/crige.json" \
  | tee "$RUN_DIR/results/report.md"

if [ "${PROFILE:-0}" = 1 ]; then
  kill "$CRIGE_PID"; wait "$CRIGE_PID" 2>/dev/null || true
  # hottest frames of the sampled stacks: what dominates crige's time under load
  "$ROOT/bench/scripts/jfr-hot.py" "$RUN_DIR/results/crige.jfr" | tee "$RUN_DIR/results/hot-methods.txt"
fi
echo "results in $RUN_DIR/results"
