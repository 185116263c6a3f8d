/**
 * The visitor's address, as every per-client limit counts it.
 *
 * Each proxy in front of the site appends the address it was reached from to X-Forwarded-For,
 * so behind `trustedHops` proxies the last `trustedHops` entries were written by them, and the
 * `trustedHops`-th from the right is the client the farthest trusted proxy saw. Everything to its
 * left is whatever the client chose to send. With 0 the header is not read at all: the client is
 * the socket's peer. A header with fewer entries than trusted proxies (a request that did not
 * pass all of them) gives its left-most entry, the farthest address a trusted proxy wrote.
 */
export function clientAddress(forwardedFor: string | undefined, peer: string | undefined, trustedHops: number): string | undefined {
  if (trustedHops < 1 || !forwardedFor) return peer
  const hops = forwardedFor.split(',').map((entry) => entry.trim()).filter(Boolean)
  if (!hops.length) return peer
  return hops[Math.max(0, hops.length - trustedHops)]
}

/**
 * NUXT_TRUSTED_PROXY_HOPS, the number of reverse proxies in front of the site; 0 (the default)
 * trusts no X-Forwarded-For. NUXT_TRUST_PROXY=true, the older setting, means one.
 */
export function trustedProxyHops(hops: unknown, trustProxy: unknown): number {
  const count = Number(hops)
  if (Number.isInteger(count) && count > 0) return count
  return trustProxy === true || trustProxy === 'true' ? 1 : 0
}
