#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL cluster, its URL in NHACVIEC_TEST_PG_URL.
#   scripts/with-postgres.sh make test-only
# An NHACVIEC_TEST_PG_URL already set is used as it is. Without the PostgreSQL binaries
# (initdb, pg_ctl, postgres) the command runs without the URL: the PostgreSQL half of the
# test suite is then skipped, or fails under CI=true.
# As root the cluster runs as the `postgres` user; data and socket live in a fresh temporary
# folder that is removed, with the server stopped, when the command ends.
set -euo pipefail

if [[ -n "${NHACVIEC_TEST_PG_URL:-}" ]]; then
    exec "$@"
fi

find_bin_dir() {
    local dir
    for dir in $(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)") \
               /usr/local/bin /usr/lib/postgresql/*/bin; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

if ! bin=$(find_bin_dir); then
    echo "with-postgres: initdb/pg_ctl/postgres not found; the PostgreSQL tests will be skipped." >&2
    exec "$@"
fi

tmp=$(mktemp -d)
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
cleanup() {
    as_owner "$bin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$tmp"
fi

as_owner "$bin/initdb" -D "$tmp/data" -A trust -U postgres -N -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
    || { cat "$tmp/initdb.log" >&2; exit 1; }
echo "CREATE DATABASE nhacviec_test;" | as_owner "$bin/postgres" --single -D "$tmp/data" postgres >"$tmp/single.log" 2>&1 \
    || { cat "$tmp/single.log" >&2; exit 1; }
as_owner "$bin/pg_ctl" -D "$tmp/data" -w -l "$tmp/server.log" \
    -o "-k $tmp -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$tmp/server.log" >&2; exit 1; }

export NHACVIEC_TEST_PG_URL="postgresql+psycopg://postgres@/nhacviec_test?host=$tmp"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $tmp" >&2
"$@"
