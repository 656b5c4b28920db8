#!/usr/bin/env bash
# In-process timing of the WMS renderer and PNG encoder on the sample data directory (timing/RenderTiming.java):
# no HTTP, no PostGIS, no peers. Quick (about a minute) and repeatable, for comparing renderer changes; the
# full comparison with MapServer and QGIS Server is run-bench.sh.
#
#   wms/bench/render-timing.sh [seconds-per-case [parcel-count]]
#   TIMING_OPTS="-Dcrige.cases=b2,a4 -Dcrige.images=/tmp/maps" wms/bench/render-timing.sh   # some cases; write the maps
#   WMS_CLASSES=/tmp/old/classes wms/bench/render-timing.sh   # time other compiled wms classes (A/B comparison)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CP_FILE=${CP_FILE:-/tmp/crige-wms-timing.cp}
cd "$ROOT"
flock /tmp/crige-mvn.lock mvn -B -q -pl wms test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
exec java -Djava.awt.headless=true -Xmx2g -Dcrige.root="$ROOT" ${TIMING_OPTS:-} \
  -cp "${WMS_CLASSES:-$ROOT/wms/target/classes}:$(cat "$CP_FILE")" "$HERE/timing/RenderTiming.java" "$@"
