#!/usr/bin/env bash
# The project's test command: runs the whole test suite, PostGIS integration tests included.
#
# PostGIS: the database given by the standard PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD,
# PGDATABASE) is used when it answers; otherwise a throwaway cluster is provisioned under target/pgtest
# (Debian package postgresql-15-postgis-3, installed when missing) and removed at the end.
# Extra arguments go to Maven, e.g. scripts/test.sh -pl core
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/postgis-test.sh start
trap 'scripts/postgis-test.sh stop' EXIT
# shellcheck disable=SC1091
. target/pgtest/env

export CRIGE_PG_REQUIRED=true
mvn -B -Dcrige.pg.required=true verify "$@"
