import type { Core } from '@strapi/strapi'
import { clientIp } from '../utils/client-ip'
import { routePath } from '../utils/route-path'

/** Routes that check a password or a one-time token: guessing happens here. */
const AUTH_PATHS = new Set([
  '/admin/login',
  '/admin/register-admin',
  '/admin/register',
  '/admin/reset-password',
  '/admin/forgot-password',
  '/api/auth/local',
  '/api/auth/reset-password',
  '/api/auth/forgot-password',
])

/**
 * The route a path reaches, whatever its spelling: the router matches case-insensitively and
 * ignores a trailing slash, so `/ADMIN/Login/` is the login route and must share its count.
 */
export function authRouteOf(rawPath: string): string | undefined {
  const path = routePath(rawPath)
  return AUTH_PATHS.has(path) ? path : undefined
}

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

/**
 * Failed sign-ins per client IP across every e-mail address and every spelling of the path.
 * Strapi's own limiter counts per e-mail, path and IP, so an attacker rotating e-mail addresses
 * (GHSA-7mqx-wwh4-f9fw class) or path spellings got a fresh count each time. Successful sign-ins
 * are not counted, so an office behind one address is not locked out by its own editors; once a
 * client is over the limit, every attempt is refused until its window ends, right password or not.
 */
export function limitFailedSignIns(strapi: Core.Strapi): void {
  const limit = positive(process.env.ADMIN_LOGIN_FAILURE_LIMIT, 10)
  const windowMs = positive(process.env.ADMIN_LOGIN_FAILURE_WINDOW_SECONDS, 15 * 60) * 1000
  const failures = new Map<string, { count: number; resetAt: number }>()

  strapi.server.use(async (ctx, next) => {
    if (ctx.method !== 'POST' || !authRouteOf(ctx.path)) return next()
    const ip = clientIp(ctx)
    const now = Date.now()
    for (const [address, entry] of failures) if (entry.resetAt <= now) failures.delete(address)
    const entry = failures.get(ip)
    if (entry && entry.count >= limit) {
      const retryAfter = Math.max(1, Math.ceil((entry.resetAt - now) / 1000))
      ctx.status = 429
      ctx.set('Retry-After', String(retryAfter))
      ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: `Too many failed sign-ins from this address. Try again in ${retryAfter} s.`, details: {} } }
      return
    }
    try {
      await next()
    } finally {
      // 400/401/403 are wrong credentials or tokens; 429 from Strapi's own limiter counts too.
      if ([400, 401, 403, 429].includes(ctx.status)) {
        const current = failures.get(ip) ?? { count: 0, resetAt: now + windowMs }
        current.count += 1
        failures.set(ip, current)
      }
    }
  })
}
