import type { H3Event } from 'h3'
import { FixedWindowCounter } from '#shared/fixed-window-counter'
import { requestClientIp } from './client-ip'

/** The site's per-visitor limits; each is counted on its own. */
export type RateLimitName = 'form' | 'cms-read'

export interface RateLimitAnswer { allowed: boolean; retryAfter: number }

/** This process's own counts, for a site run as one process. */
const countsHere = new Map<RateLimitName, FixedWindowCounter>()

function counterHere(name: RateLimitName): FixedWindowCounter {
  let counter = countsHere.get(name)
  if (!counter) countsHere.set(name, counter = new FixedWindowCounter())
  return counter
}

/**
 * One more request by this visitor (requestClientIp) under the limit `name`: at most `limit` in
 * each fixed window of `windowSeconds`, held in memory, by the primary process when the site
 * runs as several workers (serve.ts), so the limit is the same however many there are.
 */
export async function allowWithinLimit(event: H3Event, name: RateLimitName, limit: number, windowSeconds: number): Promise<RateLimitAnswer> {
  const windowMs = windowSeconds * 1000
  const now = Date.now()
  const current = Math.floor(now / windowMs)
  const ip = requestClientIp(event)
  const count = await countAcrossWorkers(name, current, ip, () => counterHere(name).add(current, ip))
  return { allowed: count <= limit, retryAfter: Math.ceil(((current + 1) * windowMs - now) / 1000) }
}
