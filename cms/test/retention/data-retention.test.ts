import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootCms, type RunningCms } from '../support/boot-cms.ts'
import { purgeOldMessages } from '../../src/forms/contact'
import { purgeUnconfirmed } from '../../src/forms/newsletter'
import { cronTasks } from '../../src/forms/cron-tasks'
import { purgeOldDeletedEntries } from '../../src/editorial/restore'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

let cms: RunningCms

// Its own CMS (not the API suite's), so rows can be back-dated and the clean-ups called directly.
beforeAll(async () => {
  const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') }
  cms = await bootCms()
  // Strapi exits the process on SIGTERM; inside a test worker, vitest owns the process.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener)
  }
})
// Only the server is closed: a full destroy ends this worker process, which vitest reports as an error.
afterAll(async () => { await cms?.strapi.server.destroy() })

describe('what the privacy statement promises not to keep', () => {
  it('deletes newsletter sign-ups left unconfirmed for 48 hours, and nothing else', async () => {
    const rows = cms.strapi.db.query('api::newsletter-subscription.newsletter-subscription')
    await rows.create({ data: { email: 'stale@example.org', state: 'pending', consentAt: ago(49 * HOUR), language: 'en' } })
    await rows.create({ data: { email: 'fresh@example.org', state: 'pending', consentAt: ago(47 * HOUR), language: 'en' } })
    await rows.create({ data: { email: 'reader@example.org', state: 'confirmed', consentAt: ago(90 * DAY), language: 'en' } })
    expect(await purgeUnconfirmed(cms.strapi)).toBe(1)
    const left = (await rows.findMany({ select: ['email'] })).map((row: { email: string }) => row.email).sort()
    expect(left).toEqual(['fresh@example.org', 'reader@example.org'])
  })

  it('deletes contact messages after the configured retention period', async () => {
    const rows = cms.strapi.db.query('api::contact-message.contact-message')
    await rows.create({ data: { name: 'Old', email: 'old@example.org', subject: 'Old', message: 'Old', consentAt: ago(181 * DAY), createdAt: ago(181 * DAY) } })
    await rows.create({ data: { name: 'New', email: 'new@example.org', subject: 'New', message: 'New', consentAt: ago(DAY), createdAt: ago(DAY) } })
    expect(cms.strapi.config.get('forms.contactRetentionDays')).toBe(180)
    expect(await purgeOldMessages(cms.strapi)).toBe(1)
    expect((await rows.findMany({ select: ['name'] })).map((row: { name: string }) => row.name)).toEqual(['New'])
  })

  it('keeps deleted entries restorable for 30 days, then drops them', async () => {
    const rows = cms.strapi.db.query('api::deleted-entry.deleted-entry')
    const copy = (title: string, days: number) => ({ contentType: 'api::article.article', entryDocumentId: title, entryTitle: title, snapshot: [{ title, slug: title, locale: 'en' }], deletedAt: ago(days * DAY), restore: false })
    await rows.create({ data: copy('expired', 31) })
    await rows.create({ data: copy('recent', 29) })
    expect(await purgeOldDeletedEntries(cms.strapi)).toBe(1)
    expect((await rows.findMany({ select: ['entryTitle'] })).map((row: { entryTitle: string }) => row.entryTitle)).toEqual(['recent'])
  })

  it('runs the clean-ups every hour', async () => {
    expect(cms.strapi.config.get('server.cron.tasks')).toHaveProperty('purgeExpiredFormData.options.rule', '17 * * * *')
    const rows = cms.strapi.db.query('api::newsletter-subscription.newsletter-subscription')
    await rows.create({ data: { email: 'stale-again@example.org', state: 'pending', consentAt: ago(72 * HOUR), language: 'en' } })
    await cronTasks.purgeExpiredFormData.task({ strapi: cms.strapi })
    expect(await rows.count({ where: { email: 'stale-again@example.org' } })).toBe(0)
  })
})
