#!/usr/bin/env bash
# The long part of the security and reliability suite (issue 6): `npm run test:long`, and CI after
# `npm test`. Each part prints its figures and fails the run when its check fails (docs/security.md).
# Expects tools/toolchain.sh to be sourced and the workspace installed (tools/platform.sh does both).
set -euo pipefail
cd "$(dirname "$0")/.."

status=0

echo "› crash: kill -9 of the CMS during form-submission load on PostgreSQL"
bash tools/run-crash-test.sh || status=1

echo "› load: ${LOAD_SECONDS:-60} s at ${LOAD_CONNECTIONS:-100} connections on loopback against the site's cached pages and the CMS API"
(cd web && pnpm exec nuxt build >/dev/null)
node bench/src/security-load.ts --seconds "${LOAD_SECONDS:-60}" --connections "${LOAD_CONNECTIONS:-100}" || status=1

exit "$status"
