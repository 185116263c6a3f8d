# One image per app of the workspace: `docker build --target cms .`
FROM node:24-bookworm-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH NODE_ENV=production
RUN npm install -g pnpm@12.21.0
WORKDIR /app

FROM base AS build
COPY pnpm-workspace.yaml pnpm-lock.yaml package.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY cms/package.json cms/
COPY web/package.json web/
COPY examples/partner-initiatives/package.json examples/partner-initiatives/
RUN NODE_ENV=development pnpm install --frozen-lockfile --ignore-scripts \
 && pnpm rebuild better-sqlite3 esbuild @swc/core sharp
COPY shared shared
COPY cms cms
COPY web web
RUN pnpm --filter @sparks/shared build \
 && cd cms && pnpm exec strapi build --minify \
 && cd .. && pnpm deploy --filter @sparks/cms --prod /out/cms \
 && cp -r cms/dist /out/cms/dist \
 && cd web && pnpm exec nuxt build && cp -r .output /out/web && cp serve.ts /out/web/ && mkdir /out/web/shared && cp shared/fixed-window-counter.ts /out/web/shared/

FROM base AS cms
WORKDIR /app/cms
COPY --from=build /out/cms ./
RUN mkdir -p public/uploads database && chown -R node:node public/uploads database
USER node
ENV CMS_HOST=0.0.0.0 CMS_PORT=1337
EXPOSE 1337
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:1337/_health').then(r=>process.exit(r.status<500?0:1),()=>process.exit(1))"
CMD ["node", "node_modules/@strapi/strapi/bin/strapi.js", "start"]

FROM node:24-bookworm-slim AS web
WORKDIR /app
COPY --from=build /out/web ./
USER node
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/robots.txt').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# One worker process per core; SITE_WORKERS to choose (web/serve.ts).
CMD ["node", "serve.ts"]
