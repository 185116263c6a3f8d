# shellcheck shell=bash
# Shared by tools/backup.sh and tools/restore.sh: where the CMS keeps its data.
# Node 24 (node:sqlite) for the SQLite copy and checks.
# shellcheck disable=SC2154 # `here` is set by the script that sources this file
. "$here/tools/toolchain.sh"
set -euo pipefail
if [ -z "${DATABASE_CLIENT:-}${DATABASE_URL:-}${DATABASE_FILENAME:-}" ] && [ -f "$here/cms/.env" ]; then
  set -a; . "$here/cms/.env"; set +a
fi
client="${DATABASE_CLIENT:-sqlite}"
# shellcheck disable=SC2034 # read by backup.sh and restore.sh
uploads_dir="${UPLOADS_DIR:-$here/cms/public/uploads}"
case "$client" in
  sqlite)
    sqlite_file="${DATABASE_FILENAME:-database/sparks.db}"
    # The CMS resolves a relative DATABASE_FILENAME against cms/.
    case "$sqlite_file" in /*) ;; *) sqlite_file="$here/cms/$sqlite_file" ;; esac
    ;;
  postgres)
    [ -n "${DATABASE_URL:-}" ] || { echo "Set DATABASE_URL (postgres://user@host:port/database)." >&2; exit 2; }
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -x "$pg_bin/pg_dump" ] || pg_bin="$(dirname "$(command -v pg_dump)")"
    ;;
  *) echo "DATABASE_CLIENT must be sqlite or postgres." >&2; exit 2 ;;
esac
