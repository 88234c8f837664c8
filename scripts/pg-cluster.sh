#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster for the tests of the office server mode, on 127.0.0.1 only.
#
#   pg-cluster.sh start STATE_DIR   creates and starts it; writes STATE_DIR/url (postgresql://btxh@127.0.0.1:PORT/btxh)
#                                    and STATE_DIR/password (mode 0600), and STATE_DIR/data-dir (where it lives)
#   pg-cluster.sh stop STATE_DIR    stops it and removes its files
#
# The cluster lives in a folder of its own under /tmp, owned by the user that runs the server: PostgreSQL refuses
# to run as root, so under root it runs as "postgres" (the user Debian's package creates). Password
# authentication (scram-sha-256) is required, as on an office's server; only the loopback address is listened on.
set -euo pipefail

command="${1:-}"
state="${2:-}"
if [ -z "$command" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi

bindir="$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL 15 is not installed (scripts/install-deps.sh installs postgresql-15)" >&2
    exit 1
fi

as_server_user=()
server_user="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    server_user=postgres
    as_server_user=(runuser -u postgres --)
fi

stop_cluster() {
    [ -f "$state/data-dir" ] || return 0
    local data
    data="$(cat "$state/data-dir")"
    if [ -d "$data/pgdata" ]; then
        "${as_server_user[@]}" "$bindir/pg_ctl" -D "$data/pgdata" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    rm -f "$state/data-dir" "$state/url" "$state/password"
}

case "$command" in
stop)
    stop_cluster
    ;;
start)
    mkdir -p "$state"
    stop_cluster # a cluster left by an interrupted run
    data="$(mktemp -d /tmp/btxh-pg.XXXXXX)"
    echo "$data" >"$state/data-dir"
    chmod 0755 "$data"
    [ "$server_user" = "$(id -un)" ] || chown "$server_user" "$data"

    password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    pwfile="$data/pwfile"
    printf '%s\n' "$password" >"$pwfile"
    chmod 0600 "$pwfile"
    [ "$server_user" = "$(id -un)" ] || chown "$server_user" "$pwfile"

    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${as_server_user[@]}" "$bindir/initdb" -D "$data/pgdata" -U btxh --pwfile="$pwfile" \
        --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 || {
        cat "$data/initdb.log" >&2
        exit 1
    }
    rm -f "$pwfile"
    cat >>"$data/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
EOF
    "${as_server_user[@]}" "$bindir/pg_ctl" -D "$data/pgdata" -l "$data/server.log" -w -t 60 start >/dev/null || {
        cat "$data/server.log" >&2
        exit 1
    }
    PGPASSWORD="$password" "$bindir/psql" -h 127.0.0.1 -p "$port" -U btxh -d postgres -qAt \
        -c 'CREATE DATABASE btxh' >/dev/null
    umask 077
    printf '%s' "$password" >"$state/password"
    printf 'postgresql://btxh@127.0.0.1:%s/btxh' "$port" >"$state/url"
    echo "PostgreSQL test cluster on 127.0.0.1:$port ($data)"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
