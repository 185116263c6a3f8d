import type { H3Event } from 'h3'
import { allowWithinLimit, type RateLimitAnswer } from './rate-limit'
import { isInProcessRequest } from './in-process-request'

/**
 * Per-IP limit on the browser's calls to `/api/cms/<operation>` (NUXT_CMS_RATE_LIMIT per
 * NUXT_CMS_RATE_WINDOW_SECONDS): the route reads the CMS with the site's key, which the CMS's
 * own limit lets through. A page's server render calling the route in-process is not counted:
 * the visitor's request for the page is the one that reached the site, and a limit there would
 * break the page rather than slow anyone down.
 */
export function allowCmsRead(event: H3Event): Promise<RateLimitAnswer> {
  if (isInProcessRequest(event)) return Promise.resolve({ allowed: true, retryAfter: 0 })
  const config = useRuntimeConfig()
  return allowWithinLimit(event, 'cms-read', Number(config.cmsRateLimit), Number(config.cmsRateWindowSeconds))
}
