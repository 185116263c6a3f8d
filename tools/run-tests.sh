#!/usr/bin/env bash
# Every test: the shared package, the CMS on SQLite, the site in Chromium, then the CMS API tests again on PostgreSQL
# when its server binaries are installed (CI installs them; on a laptop without them that run is
# skipped and the output says so). Expects tools/toolchain.sh to be sourced.
set -euo pipefail
cd "$(dirname "$0")/.."

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT
vitest_in() { # package name, report name, extra vitest args…
  local package="$1" report="$2"; shift 2
  pnpm --filter "$package" exec vitest run --reporter=default --reporter=json --outputFile.json="$reports/$report.json" "$@"
}

status=0
echo "› typecheck"
pnpm -r --workspace-concurrency=1 run typecheck

echo "› shared"
vitest_in @sparks/shared shared || status=1

echo "› bench (its pure parts: percentiles, budgets, results schema; the bench itself is npm run bench)"
vitest_in @sparks/bench bench || status=1

echo "› cms on SQLite"
vitest_in @sparks/cms cms-sqlite || status=1

echo "› partner example (the published client and documents against a seeded CMS)"
vitest_in @sparks/example-partner-initiatives example || status=1

echo "› site: build, then unit and browser tests against a seeded CMS (Chromium: ${CHROMIUM_PATH:-/usr/bin/chromium})"
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  (cd web && pnpm exec nuxt build >/dev/null)
  vitest_in @sparks/web web || status=1
else
  echo "  Chromium is missing (apt-get install chromium); the browser tests cannot run." >&2
  status=1
fi

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "› cms on PostgreSQL"
  bash tools/with-postgres.sh bash -c "$(declare -f vitest_in); reports='$reports'; vitest_in @sparks/cms cms-postgres --project api" || status=1
else
  echo "› cms on PostgreSQL: SKIPPED, PostgreSQL is not installed here (apt-get install postgresql; CI always runs it)"
fi

node tools/summarise-tests.mjs "$reports"
exit "$status"
