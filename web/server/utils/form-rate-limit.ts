import type { H3Event } from 'h3'

let window = 0
let counts = new Map<string, number>()

/**
 * Per-IP limit on form submissions, in fixed windows held in memory (one site process). Counts
 * every attempt, valid or not, so a bot cannot probe the validation endlessly either.
 */
export function allowFormSubmission(event: H3Event): { allowed: boolean; retryAfter: number } {
  const config = useRuntimeConfig()
  const windowMs = Number(config.formRateWindowSeconds) * 1000
  const now = Date.now()
  const current = Math.floor(now / windowMs)
  if (current !== window) {
    window = current
    counts = new Map()
  }
  const ip = getRequestIP(event, { xForwardedFor: Boolean(config.trustProxy) }) ?? 'unknown'
  const count = (counts.get(ip) ?? 0) + 1
  counts.set(ip, count)
  return { allowed: count <= Number(config.formRateLimit), retryAfter: Math.ceil(((current + 1) * windowMs - now) / 1000) }
}
