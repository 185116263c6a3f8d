import { isIP } from 'node:net'

interface RequestWithIp {
  ip: string
  req: { socket: { remoteAddress?: string } }
}

/**
 * The client's address, for every per-client limit (API rate limit, sign-in failures). Koa
 * gives `ctx.ip`: with `CMS_TRUSTED_PROXY_HOPS=N` the N-th address of X-Forwarded-For from the
 * right, the one the outermost trusted proxy wrote (config/server.ts), else the socket's. An
 * entry that is not an address (a proxy passing on garbage) falls back to the socket's, and
 * IPv4 written as IPv6 (`::ffff:203.0.113.9`) is counted as the same client as IPv4.
 */
export function clientIp(ctx: RequestWithIp): string {
  const address = isIP(ctx.ip) ? ctx.ip : ctx.req.socket.remoteAddress ?? ''
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
}

/**
 * Reverse proxies in front of the CMS whose X-Forwarded-For entries are trusted. 0 trusts
 * none; `CMS_BEHIND_PROXY=true` (the older switch) means one.
 */
export function trustedProxyHops(hops: string | undefined, behindProxy: string | undefined): number {
  if (hops !== undefined && hops !== '') {
    const number = Number(hops)
    if (!Number.isInteger(number) || number < 0 || number > 10) throw new Error(`CMS_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${hops}".`)
    return number
  }
  return behindProxy === 'true' ? 1 : 0
}
