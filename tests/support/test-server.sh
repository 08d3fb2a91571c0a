#!/usr/bin/env bash
# The throwaway PostgreSQL 15 server of a test run (tests/CMakeLists.txt runs it as a ctest fixture; see
# docs/server.md, "Tests on both backends").
#   test-server.sh start DIR NTM_CLI   initdb into DIR/data, start listening on a Unix socket in DIR only (no TCP
#                                      port), write DIR/uri and DIR/password, make the template database
#                                      ntm_template with `NTM_CLI server-init` and the demo database ntm_demo
#                                      with `NTM_CLI demo` (the tests copy them)
#   test-server.sh stop DIR            stop the server and remove DIR
# As root the server runs as the unprivileged user `postgres` (made by Debian's postgresql package), which owns
# DIR; every parent folder of DIR must be searchable by it.
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?folder}"
port=54329
user=ntm_test

bin=""
for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [[ -x "$candidate/initdb" ]]; then bin="$candidate"; break; fi
done
if [[ -z "$bin" ]]; then
    echo "test-server.sh: PostgreSQL is not installed (Debian package postgresql-15; scripts/setup.sh installs it)" >&2
    exit 1
fi

as_server() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

if [[ "$action" == "stop" ]]; then
    stop
    exit 0
fi

cli="${3:?path of ntm-cli}"
stop # a server left over by an interrupted run
mkdir -p "$dir"
chmod 700 "$dir"
if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
printf '%s\n' "$password" >"$dir/password"
if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir/password"; fi
as_server "$bin/initdb" --no-sync -D "$dir/data" -A scram-sha-256 --pwfile="$dir/password" -U "$user" -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# Speed over durability: the server lives for one test run.
as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start -o "-k $dir -c listen_addresses='' -p $port \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=80 -c shared_buffers=64MB" \
    >/dev/null || { cat "$dir/log" >&2; exit 1; }
uri="postgresql://$user@/postgres?host=$dir&port=$port"
printf '%s\n' "$uri" >"$dir/uri"
export PGPASSWORD="$password"
"$bin/psql" -X -q -v ON_ERROR_STOP=1 "$uri" -c "CREATE DATABASE ntm_template"
"$cli" server-init "postgresql://$user@/ntm_template?host=$dir&port=$port" >/dev/null
# The Hà Tĩnh demo, built once: the tests that read or change it get a copy (TestSupport's openDemo()).
"$bin/psql" -X -q -v ON_ERROR_STOP=1 "$uri" -c "CREATE DATABASE ntm_demo TEMPLATE ntm_template"
"$cli" demo "postgresql://$user@/ntm_demo?host=$dir&port=$port" >/dev/null
for template in ntm_template ntm_demo; do
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 "$uri" -c "ALTER DATABASE $template WITH IS_TEMPLATE true ALLOW_CONNECTIONS false"
done
echo "test server: $uri"
