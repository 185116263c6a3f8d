#!/usr/bin/env bash
# The root commands: start | test | bench | lint | typecheck.
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
  lint|typecheck)
    install
    pnpm -r --workspace-concurrency=1 run --if-present "$command"
    ;;
  bench)
    install
    pnpm -r --workspace-concurrency=1 run --if-present bench
    ;;
  *)
    echo "usage: npm run start|test|bench|lint|typecheck" >&2
    exit 2
    ;;
esac
