#!/usr/bin/env bash
# Restores a backup made by tools/backup.sh into a FRESH database and uploads folder. Stop the
# CMS first; start it afterwards with the same secrets (cms/.env) as the backed-up one.
#
#   tools/restore.sh <folder>
#
# Targets come from the same settings as tools/backup.sh. SQLite: DATABASE_FILENAME must not
# exist yet. PostgreSQL: DATABASE_URL must name an existing, empty database (createdb).
# UPLOADS_DIR must be missing or empty.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/tools/backup-common.sh"

source_dir="$(cd "${1:?usage: tools/restore.sh <folder>}" && pwd)"
(cd "$source_dir" && sha256sum --quiet --check SHA256SUMS) || { echo "The backup in $source_dir is damaged (checksums differ)." >&2; exit 4; }

case "$client" in
  sqlite)
    [ -f "$source_dir/database.sqlite" ] || { echo "This backup holds no SQLite database." >&2; exit 3; }
    [ ! -e "$sqlite_file" ] || { echo "$sqlite_file exists; restore into a fresh file (move the old one away first)." >&2; exit 2; }
    mkdir -p "$(dirname "$sqlite_file")"
    cp "$source_dir/database.sqlite" "$sqlite_file.restoring"
    node -e '
      const { DatabaseSync } = require("node:sqlite")
      const db = new DatabaseSync(process.argv[1])
      const [{ integrity_check: result }] = db.prepare("PRAGMA integrity_check").all()
      if (result !== "ok") { console.error(`integrity check: ${result}`); process.exit(5) }
      db.close()
    ' "$sqlite_file.restoring"
    mv "$sqlite_file.restoring" "$sqlite_file"
    ;;
  postgres)
    [ -f "$source_dir/database.pgdump" ] || { echo "This backup holds no PostgreSQL dump." >&2; exit 3; }
    tables="$("$pg_bin/psql" --no-psqlrc --tuples-only --no-align --dbname="$DATABASE_URL" --command="select count(*) from pg_tables where schemaname = current_schema()")"
    [ "$tables" = "0" ] || { echo "The database in DATABASE_URL is not empty ($tables tables); restore into a fresh one (createdb)." >&2; exit 2; }
    "$pg_bin/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$source_dir/database.pgdump"
    ;;
esac

mkdir -p "$uploads_dir"
[ -z "$(ls -A "$uploads_dir")" ] || { echo "$uploads_dir is not empty; restore into a fresh folder." >&2; exit 2; }
tar -xzf "$source_dir/uploads.tar.gz" -C "$uploads_dir"
echo "› restored $client database and $(find "$uploads_dir" -type f | wc -l) uploaded files from $source_dir"
