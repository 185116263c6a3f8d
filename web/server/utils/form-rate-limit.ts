import type { H3Event } from 'h3'
import { allowWithinLimit, type RateLimitAnswer } from './rate-limit'

/**
 * Per-IP limit on form submissions (NUXT_FORM_RATE_LIMIT per NUXT_FORM_RATE_WINDOW_SECONDS).
 * Counts every attempt, valid or not, so a bot cannot probe the validation endlessly either.
 */
export function allowFormSubmission(event: H3Event): Promise<RateLimitAnswer> {
  const config = useRuntimeConfig()
  return allowWithinLimit(event, 'form', Number(config.formRateLimit), Number(config.formRateWindowSeconds))
}
