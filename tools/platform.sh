#!/usr/bin/env bash
# The root commands: start | dev | test | test-long | bench | lint | typecheck.
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
  dev)
    install
    exec bash tools/start-platform.sh --dev "$@"
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
    # ESLint (eslint.config.mjs: TypeScript, Vue and formatting) over the workspace, then
    # the shell scripts with ShellCheck. `npm run lint -- --fix` rewrites what can be fixed.
    install
    pnpm exec eslint --max-warnings 0 "$@" .
    if command -v shellcheck >/dev/null; then
      shellcheck -x tools/*.sh .ci/run
    elif [ -n "${CI:-}" ]; then
      echo "shellcheck is missing (apt-get install shellcheck)." >&2; exit 1
    else
      echo "› shellcheck is not installed: the shell scripts were not checked (apt-get install shellcheck / brew install shellcheck)." >&2
    fi
    ;;
  *)
    echo "usage: npm run start|dev|test|test:long|bench|lint|typecheck" >&2
    exit 2
    ;;
esac
