import type { Core } from '@strapi/strapi'

const NAME = 'Sparks site: purge cached pages'
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish']

interface Webhook {
  id: string | number
  name: string
  url: string
  headers: Record<string, string>
  events: string[]
  isEnabled: boolean
}

/**
 * With WEB_REVALIDATE_URL and WEB_REVALIDATE_SECRET set, keeps one webhook that tells the site
 * to drop its cached pages whenever content changes. Editors see it under Settings → Webhooks.
 */
export async function ensureSiteWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.WEB_REVALIDATE_URL
  const secret = process.env.WEB_REVALIDATE_SECRET
  if (!url || !secret) return
  const store = strapi.get('webhookStore')
  const runner = strapi.get('webhookRunner')
  const wanted = { name: NAME, url, headers: { 'x-sparks-revalidate': secret }, events: EVENTS, isEnabled: true }
  const existing = ((await store.findWebhooks()) as Webhook[]).find((webhook) => webhook.name === NAME)
  if (!existing) {
    runner.add(await store.createWebhook(wanted))
  } else if (existing.url !== url || existing.headers['x-sparks-revalidate'] !== secret) {
    runner.update(await store.updateWebhook(existing.id, { ...existing, ...wanted }))
  }
}
