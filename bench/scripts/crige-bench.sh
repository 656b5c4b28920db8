# Shared steps of the service benchmarks against MapServer and QGIS Server (wms/bench, wfs/bench): start crige
# on an empty data directory, publish the peers' PostGIS tables through the REST API, put crige behind an nginx
# front like the peers, run the shared load harness and stop everything. Sourced, not run; the caller sets
# ROOT, RUN_DIR, CRIGE_JAR, CRIGE_PORT, FRONT_PORT, BASE, ADMIN, OGCBENCH, MS_URL, QGIS_URL, CASES, CONC, RUNS,
# MAX_TIME and the PG_* / CVL_SCHEMA connection of the peers' database.

CRIGE_PID= FRONT_UP=

stop_all() {
  if [ -n "$FRONT_UP" ]; then nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
  if [ -n "$CRIGE_PID" ]; then kill "$CRIGE_PID" 2>/dev/null || true; wait "$CRIGE_PID" 2>/dev/null || true; fi
  CRIGE_PID= FRONT_UP=
}

start_crige() { # HEAP [extra JVM options...]
  local heap=$1; shift
  java -Xms"$heap" -Xmx"$heap" -Djava.awt.headless=true "$@" -jar "$CRIGE_JAR" --server.port="$CRIGE_PORT" \
    --crige.data-dir="$RUN_DIR/data-dir" >>"$RUN_DIR/crige.log" 2>&1 &
  CRIGE_PID=$!
  for _ in $(seq 60); do curl -sf -o /dev/null "$BASE/actuator/health" && return 0; sleep 1; done
  echo "crige did not start, see $RUN_DIR/crige.log" >&2; exit 1
}

# Starts crige on a fresh data directory, with a JFR recording when PROFILE=1.
start_crige_for_bench() { # HEAP
  rm -rf "$RUN_DIR/data-dir" && mkdir -p "$RUN_DIR/data-dir" "$RUN_DIR/results" && : >"$RUN_DIR/crige.log"
  local jfr=()
  if [ "${PROFILE:-0}" = 1 ]; then
    jfr=(-XX:StartFlightRecording=filename="$RUN_DIR/results/crige.jfr",settings=profile,dumponexit=true)
  fi
  start_crige "$1" "${jfr[@]}"
}

rest() { # METHOD PATH CONTENT-TYPE BODY
  local code
  code=$(curl -s -o "$RUN_DIR/rest.out" -w '%{http_code}' -u "$ADMIN" -X "$1" -H "Content-Type: $3" \
    --data-binary "$4" "$BASE$2")
  case $code in 2??) ;; *) echo "REST $1 $2 -> $code: $(cat "$RUN_DIR/rest.out")" >&2; exit 1 ;; esac
}

entry() { printf '{"@key":"%s","$":"%s"}' "$1" "$2"; }

# Publishes the peers' tables in workspace cvl, from the same database. Publishing a feature type needs a
# global default style: the sample data directory's generic one.
publish_peer_tables() { # LAYER...
  rest POST "/rest/styles?name=generic" application/vnd.ogc.sld+xml "@$ROOT/data-dir/styles/generic.sld"
  rest POST /rest/workspaces application/json '{"workspace":{"name":"cvl"}}'
  rest POST /rest/workspaces/cvl/datastores application/json "{\"dataStore\":{\"name\":\"pg\",\"type\":\"PostGIS\",
    \"connectionParameters\":{\"entry\":[$(entry host "$PG_HOST"),$(entry port "$PG_PORT"),$(entry database "$PG_DB"),
    $(entry schema "$CVL_SCHEMA"),$(entry user "$PG_USER"),$(entry passwd "$PG_PASSWORD"),$(entry maxConnections 16)]}}}"
  local layer
  for layer in "$@"; do
    rest POST /rest/workspaces/cvl/datastores/pg/featuretypes application/json \
      "{\"featureType\":{\"name\":\"$layer\",\"nativeName\":\"$layer\",\"title\":\"$layer\"}}"
  done
}

# The workspace's own endpoint (/cvl/wms, /cvl/wfs) names layers without prefix, as the peers do. ogcbench's
# Python engine only handles service URLs at the root of a host (with a path such as /cvl/wms it requests
# /cvl/wms/cvl/wms?...), so crige is reached through an nginx front that maps / to that endpoint, which also
# puts it behind the same kind of front as the peers (nginx, keep-alive, no access log).
start_front() { # ENDPOINT_PATH, e.g. /cvl/wms
  mkdir -p "$RUN_DIR/nginx/tmp"
  cat >"$RUN_DIR/nginx/nginx.conf" <<CONF
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
            proxy_pass http://crige$1;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout 300s;
        }
    }
}
CONF
  nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" -g "user root;"
  FRONT_UP=1
}

# Runs the load harness against the peers and crige (engine ENGINE of ogcbench) and writes the report.
# ogcbench exits with 1 when a URL failed validation: the report is still written, BENCH_STATUS keeps it.
run_load() { # ENGINE
  set +e
  "$OGCBENCH" run --target mapserver=mapserver@"$MS_URL" --target qgis=qgis@"$QGIS_URL" \
    --target crige="$1"@"http://127.0.0.1:$FRONT_PORT/" --cases "$CASES" --conc "$CONC" --runs "$RUNS" \
    --max-time "$MAX_TIME" --out-dir "$RUN_DIR/results" | tee "$RUN_DIR/results/run.log"
  BENCH_STATUS=${PIPESTATUS[0]}
  set -e
  "$OGCBENCH" report "$RUN_DIR/results/mapserver.json" "$RUN_DIR/results/qgis.json" "$RUN_DIR/results/crige.json" \
    | tee "$RUN_DIR/results/report.md"
}

# With PROFILE=1, once crige has stopped: the hottest frames of the sampled stacks.
report_profile() {
  if [ "${PROFILE:-0}" = 1 ]; then
    "$ROOT/bench/scripts/jfr-hot.py" "$RUN_DIR/results/crige.jfr" | tee "$RUN_DIR/results/hot-methods.txt"
  fi
}
