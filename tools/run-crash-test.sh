#!/usr/bin/env bash
# The CMS crash test (part of the long tests; CI runs it after `npm test`): kill -9 of the CMS during
# form-submission load on a throw-away PostgreSQL cluster, every acknowledged submission checked
# after the restart. CRASH_COUNT sets how many crashes (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/toolchain.sh
set -euo pipefail
[ -d shared/dist ] || pnpm --filter @sparks/shared build
bash tools/with-postgres.sh pnpm --filter @sparks/cms exec vitest run --config vitest.long.config.mts "$@"
