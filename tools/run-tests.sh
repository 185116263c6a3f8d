#!/usr/bin/env bash
# Every test: the shared package, the CMS on SQLite, then the CMS again on PostgreSQL when its
# server binaries are installed (CI installs them; on a laptop without them that run is skipped
# and the summary says so). Expects tools/toolchain.sh to be sourced.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "› typecheck"
pnpm -r --workspace-concurrency=1 run typecheck

echo "› shared"
pnpm --filter @sparks/shared test

echo "› cms on SQLite"
pnpm --filter @sparks/cms test

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "› cms on PostgreSQL"
  bash tools/with-postgres.sh pnpm --filter @sparks/cms exec vitest run --project api
else
  echo "› cms on PostgreSQL: SKIPPED, PostgreSQL is not installed here (apt-get install postgresql; CI always runs it)"
fi
