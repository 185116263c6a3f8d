import { createHash, timingSafeEqual } from 'node:crypto'
import type { Core } from '@strapi/strapi'
import { clientIp } from '../utils/client-ip'
import { FixedWindowLimiter } from '../utils/fixed-window-limiter'
import { isContentApiPath, isGraphqlPath } from '../utils/route-path'
import { TokenUsageRecorder } from '../utils/token-usage'

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

const sameSecret = (given: string, expected: string) =>
  expected.length >= 16 && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/**
 * Per-client limits on the public API (/api and /graphql, however the path is spelled): anonymous clients by IP address,
 * API tokens (partners) by token, with a higher limit. A token only earns its limit once the
 * CMS knows it, so inventing tokens does not escape the anonymous limit. The site's own server
 * proves itself with SITE_API_KEY and is not limited. Over the limit: 429 with Retry-After.
 * Each token's requests are counted per day for platform editors (TokenUsageRecorder).
 */
const rateLimit: Core.MiddlewareFactory = (_config, { strapi }) => {
  const windowSeconds = positive(process.env.API_RATE_LIMIT_WINDOW_SECONDS, 60)
  const anonymousLimit = positive(process.env.API_RATE_LIMIT, 300)
  const tokenLimit = positive(process.env.API_RATE_LIMIT_TOKEN, 3000)
  const siteKey = process.env.SITE_API_KEY ?? ''
  const limiter = new FixedWindowLimiter(windowSeconds * 1000)
  const knownTokens = new Map<string, { id: number; name: string } | null>()
  const usage = new TokenUsageRecorder(strapi, positive(process.env.API_USAGE_FLUSH_SECONDS, 30))

  async function tokenOf(bearer: string): Promise<{ id: number; name: string } | null> {
    const digest = createHash('sha256').update(bearer).digest('hex')
    if (!knownTokens.has(digest)) {
      if (knownTokens.size > 10_000) knownTokens.clear()
      const service = strapi.service('admin::api-token-content-api')
      const token = await service.getByAccessKey(service.hash(bearer))
      const valid = token && (!token.expiresAt || new Date(token.expiresAt).getTime() > Date.now())
      knownTokens.set(digest, valid ? { id: Number(token.id), name: String(token.name) } : null)
      // Revoked or expiring tokens are looked up again after a minute.
      setTimeout(() => knownTokens.delete(digest), 60_000).unref()
    }
    return knownTokens.get(digest) ?? null
  }

  return async (ctx, next) => {
    if (!isContentApiPath(ctx.path) && !isGraphqlPath(ctx.path)) return next()
    if (siteKey && sameSecret(ctx.get('x-sparks-site-key'), siteKey)) return next()

    const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'))?.[1]
    const token = bearer ? await tokenOf(bearer) : null
    const [client, limit] = token ? [`token:${token.id}`, tokenLimit] : [`ip:${clientIp(ctx)}`, anonymousLimit]
    const decision = limiter.hit(client, limit)
    if (token) usage.record(token, decision.allowed)
    ctx.set('RateLimit-Limit', String(limit))
    ctx.set('RateLimit-Remaining', String(decision.remaining))
    if (!decision.allowed) {
      ctx.status = 429
      ctx.set('Retry-After', String(decision.retryAfter))
      ctx.body = {
        data: null,
        error: { status: 429, name: 'TooManyRequestsError', message: `Too many requests: ${limit} per ${windowSeconds} s for this client. Try again in ${decision.retryAfter} s, or ask for a partner token.`, details: {} },
      }
      return
    }
    return next()
  }
}

export default rateLimit
