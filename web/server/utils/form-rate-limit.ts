import type { H3Event } from 'h3'
import { FixedWindowCounter } from '#shared/fixed-window-counter'
import { requestClientIp } from './client-ip'

/** This process's own count, for a site run as one process. */
const attemptsHere = new FixedWindowCounter()

/**
 * Per-IP limit on form submissions, in fixed windows held in memory: by the primary process when
 * the site runs as several workers (serve.ts), so the limit is the same however many there are.
 * Counts every attempt, valid or not, so a bot cannot probe the validation endlessly either.
 */
export async function allowFormSubmission(event: H3Event): Promise<{ allowed: boolean; retryAfter: number }> {
  const config = useRuntimeConfig()
  const windowMs = Number(config.formRateWindowSeconds) * 1000
  const now = Date.now()
  const current = Math.floor(now / windowMs)
  const ip = requestClientIp(event)
  const count = await countAcrossWorkers(current, ip, () => attemptsHere.add(current, ip))
  return { allowed: count <= Number(config.formRateLimit), retryAfter: Math.ceil(((current + 1) * windowMs - now) / 1000) }
}
