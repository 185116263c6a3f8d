import type { Core } from '@strapi/strapi'
import { webhookTargetProblem } from '../security/webhook-targets'

interface WebhookData { url?: unknown }
interface WebhookStore {
  createWebhook(data: WebhookData): Promise<unknown>
  updateWebhook(id: unknown, data: WebhookData): Promise<unknown>
}

/** A 400 the admin shows as it is (Strapi's error middleware passes exposed HTTP errors through). */
const refused = (message: string) => Object.assign(new Error(message), { status: 400, expose: true, name: 'ValidationError' })

/**
 * Strapi stores any webhook URL an admin gives (outside production it skips even its loopback
 * check), then POSTs every content change there. Every way of saving a webhook goes through the
 * webhook store, so the check sits there: the admin routes, the bootstrap and any plugin alike.
 */
export function guardWebhookTargets(strapi: Core.Strapi): void {
  const store = strapi.get('webhookStore') as WebhookStore
  const create = store.createWebhook.bind(store)
  const update = store.updateWebhook.bind(store)
  const check = async (data: WebhookData) => {
    const problem = await webhookTargetProblem(String(data?.url ?? ''))
    if (problem) throw refused(`Webhook URL refused: ${problem}.`)
  }
  store.createWebhook = async (data) => { await check(data); return create(data) }
  store.updateWebhook = async (id, data) => { await check(data); return update(id, data) }
}
