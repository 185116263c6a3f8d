#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster on a free port, with DATABASE_CLIENT and
# DATABASE_URL pointing at a fresh database; the cluster is removed afterwards.
# Needs PostgreSQL's server binaries (Debian: apt-get install postgresql).
set -euo pipefail

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)." >&2; exit 3; }

dir="$(mktemp -d /tmp/sparks-pg.XXXXXX)"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
as_owner=()
if [ "$(id -u)" = "0" ]; then
  # initdb refuses to run as root; the cluster belongs to the postgres system user.
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

cleanup() {
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_owner[@]}" "$pg_bin/initdb" -D "$dir/data" -U sparks --auth=trust -E UTF8 >/dev/null
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" -l "$dir/server.log" -w start >/dev/null
"$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U sparks sparks_test

export DATABASE_CLIENT=postgres
export DATABASE_URL="postgres://sparks@127.0.0.1:$port/sparks_test"
echo "› PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
"$@"
