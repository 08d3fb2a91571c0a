#!/usr/bin/env bash
# The benchmark of issue 7 (docs/performance.md): builds a Release tree in build-bench/, generates the national
# database once (cached in build-bench/national.ntm), measures, prints a table and writes build-bench/bench.json.
# Separate from the tests. Options: --runs N (default 7), --regenerate (build the database again),
# --build-dir DIR (measure the programs of an existing build tree instead of building build-bench/; the database
# and the results stay in build-bench/), --server (then the same database on a throwaway local PostgreSQL server:
# copy, stats against psql, cold start; issue 12; and N simulated users at once, --users N (20) for
# --users-seconds S (60); issue 13), --server-only (only the server part).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=7
regenerate=0
build_dir=""
server=0
server_only=0
users=20
users_seconds=60
while (($#)); do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --regenerate) regenerate=1; shift ;;
        --build-dir) build_dir="$(cd "$2" && pwd)"; shift 2 ;;
        --server) server=1; shift ;;
        --server-only) server=1; server_only=1; shift ;;
        --users) users="$2"; shift 2 ;;
        --users-seconds) users_seconds="$2"; shift 2 ;;
        *) echo "usage: scripts/bench.sh [--runs N] [--regenerate] [--build-dir DIR] [--server | --server-only]" \
                "[--users N] [--users-seconds S]" >&2
           exit 2 ;;
    esac
done

"$root/scripts/setup.sh" # hyperfine, sqlite3 and time are in scripts/debian-packages.txt

bench="$root/build-bench"
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
if [[ -z "$build_dir" ]]; then
    build_dir="$bench"
    if [[ ! -f "$bench/CMakeCache.txt" ]]; then
        cmake -S "$root" -B "$bench" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DNTM_BUILD_TESTS=OFF -DNTM_WERROR=OFF
    fi
fi
cmake --build "$build_dir" --parallel "$(nproc)" --target ntm-cli ntm-tracker ntm-bench
bin="$build_dir/bin"
echo "== Programs of $build_dir ($(grep -m1 '^CMAKE_BUILD_TYPE' "$build_dir/CMakeCache.txt" | cut -d= -f2))"
results="$bench/results"
mkdir -p "$results"
db="$bench/national.ntm"

if [[ "$regenerate" == 1 ]]; then rm -f "$db"; fi
if [[ ! -f "$db" ]]; then
    echo "== Generating the national database (once; cached in $db)"
    "$bin/ntm-cli" generate "$db" --communes 10035 --districts 700 --from 2010 --to 2026 --seed 42 \
        | tee "$results/generate.txt"
fi

# The desktop program runs offscreen, with settings of its own (never the user's).
export QT_QPA_PLATFORM=offscreen
export HOME="$results/home" XDG_CONFIG_HOME="$results/home/.config" XDG_DATA_HOME="$results/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"

"$bin/ntm-bench" sql "$db" --out "$results"
as_of="$(cat "$results/as-of.txt")"
province="$(cat "$results/province.txt")"

if [[ "$server_only" == 0 ]]; then
echo "== 1. Cold start of ntm-tracker to the main window shown with the data"
hyperfine --style basic --warmup 2 --runs "$runs" --export-json "$results/cold-start.json" \
    "'$bin/ntm-tracker' --quit-after-shown '$db'"

echo "== 2. Stats as of $as_of: ntm-cli against the sqlite3 shell (national, then $province)"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$results/stats-national.json" \
    "'$bin/ntm-cli' stats '$db' --as-of $as_of --json" \
    "sqlite3 -batch -readonly '$db' < '$results/stats-national.sql'"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$results/stats-province.json" \
    "'$bin/ntm-cli' stats '$db' --as-of $as_of --province '$province' --json" \
    "sqlite3 -batch -readonly '$db' < '$results/stats-province.sql'"

echo "== 6. Export the whole database as a package, import it into an empty database"
hyperfine --style basic --runs 3 --export-json "$results/export.json" \
    --prepare "rm -f '$results/package.json'" \
    "'$bin/ntm-cli' export '$db' '$results/package.json'"
rm -f "$results"/init.ntm*
"$bin/ntm-cli" init "$results/init.ntm" >/dev/null
hyperfine --style basic --runs 3 --export-json "$results/import.json" \
    --prepare "rm -f '$results'/import.ntm*; '$bin/ntm-cli' init '$results/import.ntm' >/dev/null" \
    "'$bin/ntm-cli' import '$results/import.ntm' '$results/package.json' --json"

echo "== 8. Peak memory"
/usr/bin/time -v "$bin/ntm-tracker" --quit-after-shown "$db" 2> "$results/time-app.txt" >/dev/null

echo "== 2-5, 7. Inside the program: services against the sqlite3 shell, then the views (offscreen)"
/usr/bin/time -v "$bin/ntm-bench" views "$db" --runs "$runs" --out "$results/views.json" 2> "$results/time-views.txt"
grep -v -E '^\s' "$results/time-views.txt" | grep -v '^Command' || true

echo
"$bin/ntm-bench" report --results "$results" --out "$bench/bench.json"
fi

if [[ "$server" == 1 ]]; then
    # Issue 12: the same national database on a throwaway local PostgreSQL 15 (tests/support/test-server.sh: Unix
    # socket, fsync off; it also makes the template databases of the tests, which this part does not use).
    pgdir="/tmp/ntm-bench-pg-$(id -u)"
    trap '"$root/tests/support/test-server.sh" stop "$pgdir"' EXIT
    "$root/tests/support/test-server.sh" start "$pgdir" "$bin/ntm-cli"
    export PGPASSWORD="$(cat "$pgdir/password")"
    admin="$(cat "$pgdir/uri")"
    uri="$(sed 's|@/postgres?|@/national?|' <<<"$admin")"
    pg="$(dirname "$(command -v pg_ctl || echo /usr/lib/postgresql/15/bin/pg_ctl)")"
    [[ -x "$pg/psql" ]] || pg=/usr/lib/postgresql/15/bin
    "$pg/psql" -X -q -v ON_ERROR_STOP=1 "$admin" -c "CREATE DATABASE national TEMPLATE ntm_template"

    echo "== S1. ntm-cli copy of the national file into the server (target >= 100,000 rows/s)"
    "$bin/ntm-cli" copy "$db" "$uri" | tee "$results/server-copy.txt"

    echo "== S2. Stats as of $as_of on the server: ntm-cli against psql running the hand-written SQL (<= 1.5x)"
    # The shell's SQL in PostgreSQL's words: a subquery in FROM needs a name, and EXISTS is a boolean.
    for scope in national province; do
        sed -e 's/ FROM x) GROUP BY/ FROM x) t GROUP BY/' -e 's/sum(rec)/sum(CAST(rec AS integer))/' \
            "$results/stats-$scope.sql" >"$results/stats-$scope-pg.sql"
        sqlite3 -batch -readonly "$db" <"$results/stats-$scope.sql" >"$results/stats-$scope-sqlite.out"
        "$pg/psql" -X -A -t -q "$uri" -f "$results/stats-$scope-pg.sql" >"$results/stats-$scope-pg.out"
        if cmp -s "$results/stats-$scope-sqlite.out" "$results/stats-$scope-pg.out"; then
            echo "   $scope: psql and sqlite3 give the same answer"
        else
            echo "   $scope: psql and sqlite3 DIFFER" >&2
        fi
    done
    [[ "$("$bin/ntm-cli" stats "$db" --as-of "$as_of" --json)" == \
        "$("$bin/ntm-cli" stats "$uri" --as-of "$as_of" --json)" ]] &&
        echo "   ntm-cli stats: the same answer on the file and on the server" ||
        echo "   ntm-cli stats: the file and the server DIFFER" >&2
    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$results/server-stats-national.json" \
        "'$bin/ntm-cli' stats '$uri' --as-of $as_of --json" \
        "'$pg/psql' -X -A -t -q '$uri' -f '$results/stats-national-pg.sql'"
    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$results/server-stats-province.json" \
        "'$bin/ntm-cli' stats '$uri' --as-of $as_of --province '$province' --json" \
        "'$pg/psql' -X -A -t -q '$uri' -f '$results/stats-province-pg.sql'"

    echo "== S3. Cold start of ntm-tracker on the server to the main window shown (target <= 1.5 s)"
    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$results/server-cold-start.json" \
        "'$bin/ntm-tracker' --quit-after-shown '$uri'"

    echo "== S4. $users simulated users at once for $users_seconds s: edits and board refreshes (write p95 <= 50 ms,"
    echo "   board p95 <= 200 ms; issue 13)"
    "$bin/ntm-bench" users "$uri" --users "$users" --seconds "$users_seconds" --out "$results/server-users.json"
fi
