#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Provides a PostgreSQL/PostGIS database for crige's integration tests.
#
#   scripts/postgis-test.sh start   use the database named by PGHOST/PGPORT/PGDATABASE when it answers and
#                                   accepts the postgis extension, otherwise create (or restart) a throwaway
#                                   cluster under target/pgtest; writes the connection settings as an
#                                   "export PG...=..." line to target/pgtest/env and prints it
#   scripts/postgis-test.sh stop    stops the throwaway cluster if this script started it (idempotent)
#   scripts/postgis-test.sh env     prints the connection settings of the last start
#
# The throwaway cluster listens on 127.0.0.1 only, on a port free at start time, with trust authentication;
# it never runs as root (root delegates to the "postgres" system user). Missing PostgreSQL/PostGIS binaries
# are installed from the Debian package postgresql-<version>-postgis-3 (as root, or through "sudo -n").
#
# Settings (environment): CRIGE_PG_VERSION (default 15), CRIGE_PGTEST_DIR (default <repo>/target/pgtest).
set -eu

PG_VERSION=${CRIGE_PG_VERSION:-15}
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
POSTGIS_CONTROL=/usr/share/postgresql/$PG_VERSION/extension/postgis.control
DEB_PACKAGE=postgresql-$PG_VERSION-postgis-3
REPO_ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK_DIR=${CRIGE_PGTEST_DIR:-$REPO_ROOT/target/pgtest}
DATA_DIR=$WORK_DIR/data
ENV_FILE=$WORK_DIR/env
# Present only while a cluster started by this script may be running; "stop" acts only when it exists.
OWNED_MARKER=$WORK_DIR/started-by-script
LOG_FILE=$WORK_DIR/postgres.log
TEST_DB=crige_test
SUPERUSER=postgres

log() { printf 'postgis-test: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Single-quotes a value for a POSIX shell.
shell_quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

write_env() { # host port user database
  mkdir -p "$WORK_DIR"
  line="export PGHOST=$(shell_quote "$1") PGPORT=$(shell_quote "$2") PGUSER=$(shell_quote "$3") PGDATABASE=$(shell_quote "$4")"
  printf '%s\n' "$line" > "$ENV_FILE.tmp"
  mv "$ENV_FILE.tmp" "$ENV_FILE"
  printf '%s\n' "$line"
}

# --- an existing database given by the caller ------------------------------------------------------------

try_given_database() {
  [ -n "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}" ] || return 1
  command -v psql >/dev/null 2>&1 || { log "psql not found, cannot use the database given by PG* variables"; return 1; }
  target="${PGHOST:-<default host>}:${PGPORT:-5432}/${PGDATABASE:-<default database>}"
  if ! PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5} psql -X -q -v ON_ERROR_STOP=1 \
      -c 'CREATE EXTENSION IF NOT EXISTS postgis' </dev/null >/dev/null 2>"$WORK_DIR/given-db.err"; then
    log "database $target given by PG* variables is not usable ($(head -n 1 "$WORK_DIR/given-db.err")); provisioning a throwaway cluster instead"
    return 1
  fi
  rm -f "$WORK_DIR/given-db.err"
  log "using the database given by PG* variables: $target"
  # An empty PGHOST means the local socket for libpq but is useless to JDBC: name the host explicitly.
  write_env "${PGHOST:-localhost}" "${PGPORT:-5432}" "${PGUSER:-$(id -un)}" "${PGDATABASE:-${PGUSER:-$(id -un)}}"
}

# --- installation -----------------------------------------------------------------------------------------

ensure_installed() {
  if [ -x "$PG_BIN/initdb" ] && [ -f "$POSTGIS_CONTROL" ]; then
    return 0
  fi
  log "PostgreSQL $PG_VERSION with PostGIS 3 is missing; installing Debian package $DEB_PACKAGE"
  command -v apt-get >/dev/null 2>&1 \
    || die "apt-get not found: install PostgreSQL $PG_VERSION and PostGIS 3 yourself, or set PGHOST/PGPORT/PGUSER/PGDATABASE to a PostGIS database"
  if [ "$(id -u)" -eq 0 ]; then
    as_admin=
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_admin="sudo -n"
  else
    die "installing $DEB_PACKAGE needs root: run 'sudo apt-get install $DEB_PACKAGE' once, or set PGHOST/PGPORT/PGUSER/PGDATABASE to a PostGIS database"
  fi
  $as_admin env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null >&2 \
    || die "apt-get update failed"
  $as_admin env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$DEB_PACKAGE" </dev/null >&2 \
    || die "apt-get install $DEB_PACKAGE failed"
  [ -x "$PG_BIN/initdb" ] && [ -f "$POSTGIS_CONTROL" ] || die "$DEB_PACKAGE installed but $PG_BIN/initdb or $POSTGIS_CONTROL is still missing"
}

# --- the throwaway cluster --------------------------------------------------------------------------------

# Runs a command as the cluster owner: the caller itself, or "postgres" when the caller is root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$SUPERUSER" -- "$@"
  else
    "$@"
  fi
}

prepare_work_dir() {
  mkdir -p "$WORK_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    getent passwd "$SUPERUSER" >/dev/null || die "system user $SUPERUSER not found (it comes with the postgresql packages)"
    chown "$SUPERUSER": "$WORK_DIR"
    [ -d "$DATA_DIR" ] && chown -R "$SUPERUSER": "$DATA_DIR"
    as_owner test -w "$WORK_DIR" \
      || die "user $SUPERUSER cannot write to $WORK_DIR (a parent directory is not traversable); set CRIGE_PGTEST_DIR to a directory such as /tmp/crige-pgtest"
  fi
}

cluster_running() {
  [ -f "$DATA_DIR/PG_VERSION" ] && as_owner "$PG_BIN/pg_ctl" status -D "$DATA_DIR" >/dev/null 2>&1
}

# The port of the running cluster, from the first lines of postmaster.pid (the 4th line is the port).
running_port() { sed -n 4p "$DATA_DIR/postmaster.pid"; }

init_cluster() {
  [ -f "$DATA_DIR/PG_VERSION" ] && return 0
  log "creating a throwaway cluster in $DATA_DIR"
  rm -rf "$DATA_DIR"
  as_owner "$PG_BIN/initdb" -D "$DATA_DIR" -U "$SUPERUSER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 --lc-collate=C \
    </dev/null >"$WORK_DIR/initdb.log" 2>&1 || { cat "$WORK_DIR/initdb.log" >&2; die "initdb failed"; }
  # Durability is pointless for test data: trade it for speed.
  cat >>"$DATA_DIR/postgresql.conf" <<'EOF'

# crige throwaway test cluster (scripts/postgis-test.sh)
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

# Tells whether a TCP port on the loopback accepts connections, using bash's /dev/tcp (no extra tool needed).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts the cluster on a free port below the Linux ephemeral range (32768+). A port may be taken between
# the probe and the bind, so a start that fails on the bind is retried on another port.
start_cluster() {
  # The socket path must fit in sun_path (107 bytes); JDBC connects over TCP, so a long path disables it.
  socket_dir=$DATA_DIR
  [ ${#DATA_DIR} -le 90 ] || socket_dir=
  attempt=0
  port=$(( 20000 + $$ % 10000 ))
  while [ $attempt -lt 20 ]; do
    attempt=$((attempt + 1))
    port=$(( port + 1 + RANDOM % 97 ))
    [ $port -lt 32000 ] || port=$(( 20000 + RANDOM % 1000 ))
    port_in_use "$port" && continue
    touch "$OWNED_MARKER"
    rm -f "$LOG_FILE"
    if as_owner "$PG_BIN/pg_ctl" start -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='$socket_dir'" </dev/null >/dev/null 2>&1; then
      return 0
    fi
    if ! grep -q -e 'could not bind' -e 'Address already in use' "$LOG_FILE" 2>/dev/null; then
      tail -n 20 "$LOG_FILE" >&2 || true
      rm -f "$OWNED_MARKER"
      die "PostgreSQL failed to start (log: $LOG_FILE)"
    fi
    log "port $port was taken meanwhile, trying another one"
  done
  rm -f "$OWNED_MARKER"
  die "no free port found for PostgreSQL after $attempt attempts"
}

create_test_database() {
  conn="host=127.0.0.1 port=$1 user=$SUPERUSER"
  exists=$(psql -X -A -t -d "$conn dbname=postgres" \
    -c "SELECT 1 FROM pg_database WHERE datname = '$TEST_DB'" </dev/null)
  if [ "$exists" != 1 ]; then
    psql -X -q -v ON_ERROR_STOP=1 -d "$conn dbname=postgres" -c "CREATE DATABASE $TEST_DB" </dev/null >/dev/null
  fi
  psql -X -q -v ON_ERROR_STOP=1 -d "$conn dbname=$TEST_DB" -c 'CREATE EXTENSION IF NOT EXISTS postgis' </dev/null >/dev/null
}

provision() {
  # The caller's libpq settings describe another server: keep them away from the psql calls below.
  unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGSERVICE PGSSLMODE PGTARGETSESSIONATTRS
  export PGOPTIONS='-c client_min_messages=warning'
  ensure_installed
  prepare_work_dir
  if cluster_running; then
    # Only this script uses its data directory: a server running there was started by an earlier "start".
    touch "$OWNED_MARKER"
    port=$(running_port)
    log "throwaway cluster already running on 127.0.0.1:$port"
  else
    init_cluster
    start_cluster
    log "throwaway cluster started on 127.0.0.1:$port (stop it with: $0 stop)"
  fi
  create_test_database "$port"
  write_env 127.0.0.1 "$port" "$SUPERUSER" "$TEST_DB"
}

start() {
  mkdir -p "$WORK_DIR"
  try_given_database && return 0
  provision
}

stop() {
  if [ ! -f "$OWNED_MARKER" ]; then
    log "no throwaway cluster started by this script; nothing to stop"
    return 0
  fi
  if cluster_running; then
    as_owner "$PG_BIN/pg_ctl" stop -D "$DATA_DIR" -m fast -w </dev/null >/dev/null
    log "throwaway cluster stopped"
  else
    log "throwaway cluster was not running"
  fi
  rm -f "$OWNED_MARKER" "$ENV_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) [ -f "$ENV_FILE" ] && cat "$ENV_FILE" || die "no $ENV_FILE: run '$0 start' first" ;;
  *) printf 'usage: %s start|stop|env\n' "$0" >&2; exit 2 ;;
esac
