#!/usr/bin/env bash
# Builds what changed, then runs the CMS and the site in production mode on SQLite with the demo
# content. Ctrl-C stops both. Expects tools/toolchain.sh to be sourced.
# With --dev (`npm run dev`, `pnpm dev`): Strapi in develop mode (content-type builder, reload on
# change in cms/src) and Nuxt's dev server (hot reload), on the same seeded database.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=production
[ "${1:-}" = "--dev" ] && mode=development

export CMS_PORT="${CMS_PORT:-1337}"
export WEB_PORT="${WEB_PORT:-3000}"
export SMTP_PORT="${SMTP_PORT:-1025}"
export MAILBOX_PORT="${MAILBOX_PORT:-1080}"

node tools/write-env.mjs
set -a; . cms/.env; set +a

[ "$mode" = production ] && bash tools/build-platform.sh

answers() { node -e "fetch(process.argv[1]).then((r) => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))" "$1"; }
wait_for() { # url, pid, name
  for _ in $(seq 1 180); do
    if answers "$1"; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then echo "The $3 stopped during start-up; see the log above." >&2; exit 1; fi
    sleep 1
  done
  echo "The $3 did not answer within 3 minutes." >&2; exit 1
}

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

cms_url="http://127.0.0.1:${CMS_PORT}"
web_url="http://127.0.0.1:${WEB_PORT}"
mailbox_url="http://127.0.0.1:${MAILBOX_PORT}"

# A local mail server: every mail the platform sends (confirmations, invitations, review notices)
# really goes over SMTP and can be read at $mailbox_url. Set SMTP_HOST to use a real server instead.
if [ -z "${SMTP_HOST:-}" ]; then
  (cd cms && exec node scripts/mailbox.mts) &
  pids+=("$!")
  wait_for "$mailbox_url/messages" "${pids[-1]}" mailbox
fi

cms_command=(strapi start)
[ "$mode" = development ] && cms_command=(strapi develop --no-install-deps)
(cd cms && NODE_ENV="$mode" SEED_DEMO_CONTENT=true WEB_REVALIDATE_URL="$web_url/api/revalidate" SITE_PUBLIC_URL="$web_url" ADMIN_PUBLIC_URL="$cms_url/admin" exec pnpm exec "${cms_command[@]}") &
pids+=("$!")
wait_for "$cms_url/_health" "${pids[-1]}" CMS

web_command=(node serve.ts)
[ "$mode" = development ] && web_command=(pnpm exec nuxt dev --host 127.0.0.1 --port "$WEB_PORT")
(cd web && NUXT_CMS_URL="$cms_url" NUXT_PUBLIC_SITE_URL="$web_url" NUXT_REVALIDATE_SECRET="$WEB_REVALIDATE_SECRET" NUXT_CMS_SITE_KEY="$SITE_API_KEY" NUXT_ADMIN_ORIGIN="$cms_url" HOST=127.0.0.1 PORT="$WEB_PORT" exec "${web_command[@]}") &
pids+=("$!")
wait_for "$web_url/robots.txt" "${pids[-1]}" site

cat <<MSG

  Sparks is running ($mode mode).
    Site         $web_url/en   (and /cs, /de … in all 24 EU languages)
    CMS admin    $cms_url/admin
                 log in as $ADMIN_EMAIL / $ADMIN_PASSWORD   (from cms/.env)
    GraphQL API  $cms_url/graphql
    Mailbox      ${SMTP_HOST:+(mail goes to $SMTP_HOST)}${SMTP_HOST:-$mailbox_url   (every mail the platform sends, e.g. newsletter confirmations)}

  Ctrl-C stops it. Data lives in cms/database/sparks.db and survives restarts.

MSG
wait -n "${pids[@]}"
