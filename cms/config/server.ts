import type { Core } from '@strapi/strapi'
import { checkOptionalSecrets, requiredSecret } from '../src/utils/required-secret'
import { cronTasks } from '../src/forms/cron-tasks'
import { trustedProxyHops } from '../src/utils/client-ip'

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // A production boot also stops on a placeholder SITE_API_KEY or WEB_REVALIDATE_SECRET (both optional).
  checkOptionalSecrets((name) => env(name))
  const proxyHops = trustedProxyHops(env('CMS_TRUSTED_PROXY_HOPS'), env('CMS_BEHIND_PROXY'))
  return {
    host: env('CMS_HOST', '127.0.0.1'),
    port: env.int('CMS_PORT', 1337),
    url: env('CMS_PUBLIC_URL', ''),
    // Strapi 5 reads `proxy.koa` (a bare `proxy: true`, Strapi 4's option, is ignored). With N
    // trusted hops, koa keeps the last N entries of X-Forwarded-For and `ctx.ip` is the first of
    // them: the address the outermost trusted proxy saw. What a client writes further left is
    // never used (src/utils/client-ip.ts).
    proxy: { koa: proxyHops > 0, maxIpsCount: proxyHops },
    // Node closes an idle keep-alive connection after 5 s by default. On a busy CMS the event
    // loop can reach that timer before it reads the next request already waiting on the socket,
    // and the client sees ECONNRESET (the load test found it: bench/src/security-load.ts). 65 s
    // also outlasts the usual 60 s idle timeout of a reverse proxy in front, which must close first.
    http: { serverOptions: { keepAliveTimeout: env.int('CMS_KEEP_ALIVE_TIMEOUT_MS', 65_000) } },
    cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
    app: {
      keys: requiredSecret('APP_KEYS', env('APP_KEYS')).split(','),
    },
  }
}
