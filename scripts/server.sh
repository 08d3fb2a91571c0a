#!/usr/bin/env bash
# A local throwaway PostgreSQL 15 server with the Hà Tĩnh demo loaded, to try NTM Tracker on a server
# (docs/server.md). Not for real data: it lives in a temporary folder and `stop` removes it.
#   scripts/server.sh start [PORT]   initdb, start, create the database ntm_demo, `ntm-cli server-init` it, build
#                                    the demo into a file and `ntm-cli copy` it in; prints the URI to open
#                                    (scripts/run.sh URI). Also listens on 127.0.0.1:PORT (default 5433) for
#                                    File > Connect to server, with the user and password it prints.
#   scripts/server.sh stop           stops the server and removes its folder
#   scripts/server.sh uri            prints the URI of the running server
# As root the server runs as the unprivileged user `postgres` (made by Debian's postgresql package).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
action="${1:-start}"
dir="${NTM_SERVER_DIR:-/tmp/ntm-server-$(id -u)}"
port="${2:-5433}"
user=ntm
database=ntm_demo

as_server() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_bin() {
    for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [[ -x "$candidate/initdb" ]]; then echo "$candidate"; return; fi
    done
    echo "server.sh: PostgreSQL is not installed (scripts/setup.sh installs postgresql-15)" >&2
    exit 1
}

socket_uri() { echo "postgresql://$user@/$database?host=$dir&port=$(cat "$dir/port")"; }

case "$action" in
stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_server "$(find_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    echo "Stopped and removed the server in $dir"
    exit 0
    ;;
uri)
    [[ -f "$dir/port" ]] || { echo "server.sh: no server is running (scripts/server.sh start)" >&2; exit 1; }
    socket_uri
    exit 0
    ;;
start) ;;
*)
    echo "usage: scripts/server.sh start [PORT] | stop | uri" >&2
    exit 2
    ;;
esac

if [[ -f "$dir/data/postmaster.pid" ]]; then
    echo "A server is already running in $dir:"
    socket_uri
    exit 0
fi
"$root/scripts/setup.sh"
"$root/scripts/build.sh" >/dev/null
bin="$(find_bin)"
cli="$root/build/bin/ntm-cli"
rm -rf "$dir"
mkdir -p "$dir"
chmod 755 "$dir"
password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
printf '%s\n' "$password" >"$dir/password"
printf '%s\n' "$port" >"$dir/port"
if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$dir"; fi
# The Unix socket in the folder trusts local users (this is a toy on your own computer); TCP asks for the password.
as_server "$bin/initdb" --no-sync -D "$dir/data" --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/password" -U "$user" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start \
    -o "-k $dir -c listen_addresses=127.0.0.1 -p $port" >/dev/null || { cat "$dir/log" >&2; exit 1; }
"$bin/psql" -X -q -v ON_ERROR_STOP=1 "postgresql://$user@/postgres?host=$dir&port=$port" \
    -c "CREATE DATABASE $database"
uri="$(socket_uri)"
"$cli" server-init "$uri"
demo="$dir/demo.ntm"
"$cli" demo "$demo" >/dev/null
"$cli" copy "$demo" "$uri"
rm -f "$demo"
cat <<INFO

The Hà Tĩnh demo is on a local PostgreSQL server in $dir. Open it with:
  scripts/run.sh '$uri'
or in the app with File > Connect to server: server 127.0.0.1, port $port, database $database,
user $user, password $password.
Stop and remove it with: scripts/server.sh stop
INFO
