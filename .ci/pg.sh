# shellcheck shell=bash
# A throwaway PostgreSQL cluster for the store tests.
#
#   source .ci/pg.sh
#   warlog_pg_start        # installs Debian's postgresql if missing, starts a cluster
#                          # under /tmp on a free loopback port, exports WARLOG_TEST_PG_URL
#   ...run the tests...
#   warlog_pg_stop         # stops the cluster and deletes its files
#
# Or as a command: `bash .ci/pg.sh start` prints `export WARLOG_TEST_PG_URL=...`
# (and WARLOG_PG_DIR=...); `bash .ci/pg.sh stop DIR` stops that cluster.
# The Python driver (psycopg) must be in the venv. PostgreSQL refuses to run as
# root, so as root the cluster runs as the `postgres` user the package creates.

warlog_pg_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$dir" ] && [ "$(id -u)" -eq 0 ]; then
        echo "pg.sh: installing postgresql" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
        dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    fi
    [ -n "$dir" ] || { echo "pg.sh: PostgreSQL server binaries not found" >&2; return 1; }
    echo "$dir"
}

# Run a command as the cluster owner (postgres when we are root).
warlog_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

warlog_pg_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

warlog_pg_start() {
    local bindir port dir
    bindir=$(warlog_pg_bindir) || return 1
    port=$(warlog_pg_free_port) || return 1
    dir=$(mktemp -d /tmp/warlog-pg.XXXXXX) || return 1
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    warlog_pg_as_owner "$bindir/initdb" -D "$dir/data" -U warlog --auth=trust -E UTF8 --no-instructions >"$dir/initdb.log" 2>&1 ||
        { echo "pg.sh: initdb failed:" >&2; cat "$dir/initdb.log" >&2; return 1; }
    warlog_pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 \
        -o "-p $port -k $dir/data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
        { echo "pg.sh: server did not start:" >&2; cat "$dir/data/server.log" >&2; return 1; }
    warlog_pg_as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U warlog warlog_test ||
        { warlog_pg_stop "$dir"; return 1; }
    export WARLOG_PG_DIR="$dir"
    export WARLOG_TEST_PG_URL="postgresql+psycopg://warlog@127.0.0.1:$port/warlog_test"
    echo "pg.sh: PostgreSQL on 127.0.0.1:$port ($dir)" >&2
}

warlog_pg_stop() {
    local dir="${1:-${WARLOG_PG_DIR:-}}" bindir
    [ -n "$dir" ] && [ -d "$dir" ] || return 0
    bindir=$(warlog_pg_bindir) || return 1
    warlog_pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    unset WARLOG_PG_DIR WARLOG_TEST_PG_URL
}

# Executed rather than sourced: `bash .ci/pg.sh start|stop [DIR]`.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    case "${1:-}" in
    start)
        warlog_pg_start
        echo "export WARLOG_TEST_PG_URL=$WARLOG_TEST_PG_URL WARLOG_PG_DIR=$WARLOG_PG_DIR"
        ;;
    stop) warlog_pg_stop "${2:-}" ;;
    *) echo "usage: bash .ci/pg.sh start | stop DIR   (or: source .ci/pg.sh; warlog_pg_start)" >&2; exit 2 ;;
    esac
fi
