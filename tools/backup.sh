#!/usr/bin/env bash
# Backs up the CMS: its database (SQLite or PostgreSQL, a consistent copy taken while the CMS
# runs) and its uploaded media, into one folder. Restore with tools/restore.sh.
#
#   tools/backup.sh <folder>
#
# Reads the same settings as the CMS: DATABASE_CLIENT (sqlite|postgres), DATABASE_FILENAME
# (SQLite, default cms/database/sparks.db) or DATABASE_URL (PostgreSQL), and UPLOADS_DIR
# (default cms/public/uploads). With no settings in the environment, cms/.env is read.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/tools/backup-common.sh"

target="${1:?usage: tools/backup.sh <folder>}"
mkdir -p "$target"
target="$(cd "$target" && pwd)"
[ -z "$(ls -A "$target")" ] || { echo "$target is not empty; give a new folder." >&2; exit 2; }

case "$client" in
  sqlite)
    [ -f "$sqlite_file" ] || { echo "No SQLite database at $sqlite_file." >&2; exit 3; }
    # VACUUM INTO writes a consistent copy inside one read transaction, safe while the CMS writes.
    node -e '
      const { DatabaseSync } = require("node:sqlite")
      const [source, copy] = process.argv.slice(1)
      // Waits up to a minute for a writer to finish instead of failing on a busy database.
      const db = new DatabaseSync(source, { readOnly: true, timeout: 60_000 })
      db.exec(`VACUUM INTO \x27${copy.replaceAll("\x27", "\x27\x27")}\x27`)
      db.close()
    ' "$sqlite_file" "$target/database.sqlite"
    ;;
  postgres)
    # pg_dump reads one snapshot: consistent while the CMS writes. Custom format, for pg_restore.
    "$pg_bin/pg_dump" --format=custom --no-owner --no-privileges --file="$target/database.pgdump" --dbname="$DATABASE_URL"
    ;;
esac

if [ -d "$uploads_dir" ]; then
  tar -czf "$target/uploads.tar.gz" -C "$uploads_dir" .
else
  tar -czf "$target/uploads.tar.gz" --files-from /dev/null
fi

(cd "$target" && sha256sum database.* uploads.tar.gz > SHA256SUMS)
cat > "$target/manifest.txt" <<MANIFEST
Sparks CMS backup
created: $(date -u +%Y-%m-%dT%H:%M:%SZ)
database: $client
uploads: $(tar -tzf "$target/uploads.tar.gz" | grep -vc '/$' || true) files
restore: tools/restore.sh $target (with the same cms/.env secrets)
MANIFEST
echo "› backup written to $target ($client database, uploads)"
