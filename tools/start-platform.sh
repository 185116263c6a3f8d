#!/usr/bin/env bash
# Builds what changed, then runs the CMS (and the site, once it exists) in production mode on
# SQLite with the demo content. Ctrl-C stops everything. Expects tools/toolchain.sh to be sourced.
set -euo pipefail
cd "$(dirname "$0")/.."

CMS_PORT="${CMS_PORT:-1337}"
export CMS_PORT

node tools/write-env.mjs
set -a; . cms/.env; set +a

# Rebuild the CMS (server code and admin panel, ~2 GB peak) only when its sources changed.
stamp="$(cd cms && cat package.json tsconfig.json $(find src config -type f | sort) | sha256sum | cut -c1-16)"
if [ "$(cat cms/dist/.source-stamp 2>/dev/null)" != "$stamp" ]; then
  echo "› building the CMS (first start or changed sources; a few minutes)"
  (cd cms && NODE_ENV=production pnpm exec strapi build --minify)
  echo "$stamp" > cms/dist/.source-stamp
fi

answers() { node -e "fetch(process.argv[1]).then((r) => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))" "$1"; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

(cd cms && NODE_ENV=production SEED_DEMO_CONTENT=true exec pnpm exec strapi start) &
pids+=("$!")

cms_url="http://127.0.0.1:${CMS_PORT}"
for _ in $(seq 1 180); do
  if answers "$cms_url/_health"; then break; fi
  if ! kill -0 "${pids[0]}" 2>/dev/null; then echo "The CMS stopped during start-up; see the log above." >&2; exit 1; fi
  sleep 1
done
answers "$cms_url/_health" || { echo "The CMS did not answer within 3 minutes." >&2; exit 1; }

cat <<MSG

  Sparks is running.
    CMS admin    $cms_url/admin
                 log in as $ADMIN_EMAIL / $ADMIN_PASSWORD   (from cms/.env)
    GraphQL API  $cms_url/graphql
    REST API     $cms_url/api/initiatives

  Ctrl-C stops it. Data lives in cms/database/sparks.db and survives restarts.

MSG
wait -n "${pids[@]}"
