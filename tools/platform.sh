#!/usr/bin/env bash
# The root commands: start | test | test-long | bench | lint | typecheck.
# Each brings its own Node 24 and pnpm (tools/toolchain.sh), so a machine with any Node 20+
# runs them through `npm start` / `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/toolchain.sh
set -euo pipefail

command="${1:-}"; shift || true

install() {
  pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -v '^Progress' || true
  pnpm --filter @sparks/shared build
}

case "$command" in
  start)
    install
    exec bash tools/start-platform.sh "$@"
    ;;
  test)
    install
    exec bash tools/run-tests.sh "$@"
    ;;
  test-long)
    install
    exec bash tools/run-long-tests.sh "$@"
    ;;
  typecheck)
    install
    pnpm -r --workspace-concurrency=1 run typecheck
    ;;
  bench)
    # The bench package (bench/): options after `--` go to it, e.g. `npm run bench -- --smoke`.
    install
    pnpm --filter @sparks/bench run bench "$@"
    ;;
  lint)
    # Say so rather than pass silently: no package defines it yet.
    if ! grep -q "\"$command\":" shared/package.json cms/package.json web/package.json; then
      echo "No package defines '$command' yet; nothing was checked." >&2
      exit 1
    fi
    install
    pnpm -r --workspace-concurrency=1 run --if-present "$command"
    ;;
  *)
    echo "usage: npm run start|test|test:long|bench|lint|typecheck" >&2
    exit 2
    ;;
esac
