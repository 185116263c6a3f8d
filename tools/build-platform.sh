#!/usr/bin/env bash
# Builds the CMS (server code and admin panel) and the site for production, each only when its
# sources changed since the last build. Used by `npm start` and `npm run bench`.
# Expects tools/toolchain.sh to be sourced.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck disable=SC2046 # the tracked source paths, one word each
stamp_of() { (cd "$1" && cat package.json $(find "${@:2}" -type f 2>/dev/null | sort) | sha256sum | cut -c1-16); }

# Rebuild the CMS (~2 GB peak) only when its sources changed.
cms_stamp="$(stamp_of cms tsconfig.json src config)"
if [ "$(cat cms/dist/.source-stamp 2>/dev/null)" != "$cms_stamp" ]; then
  echo "› building the CMS (first start or changed sources; a few minutes)"
  (cd cms && NODE_ENV=production pnpm exec strapi build --minify)
  echo "$cms_stamp" > cms/dist/.source-stamp
fi
web_stamp="$(stamp_of web nuxt.config.ts content.config.ts app server shared i18n content public ../shared/dist)"
if [ "$(cat web/.output/.source-stamp 2>/dev/null)" != "$web_stamp" ]; then
  echo "› building the site"
  (cd web && pnpm exec nuxt build >/dev/null)
  echo "$web_stamp" > web/.output/.source-stamp
fi
