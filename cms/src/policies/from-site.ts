import { timingSafeEqual } from 'node:crypto'
import type { Core } from '@strapi/strapi'

/**
 * Lets through only the site's own server (header x-sparks-site-key = SITE_API_KEY). The forms
 * have no public create permission: visitors reach them through the site, which validates,
 * limits and forwards. Without SITE_API_KEY nothing gets through.
 */
const fromSite: Core.PolicyHandler = (policyContext) => {
  const expected = process.env.SITE_API_KEY ?? ''
  const given = String(policyContext.request.headers['x-sparks-site-key'] ?? '')
  return expected.length >= 16 && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

export default fromSite
