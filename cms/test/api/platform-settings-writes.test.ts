import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { admin, asAccount } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'
import { receivedMail } from '../support/mail.ts'

// Issue 13: a stolen editor or contributor account changes nothing platform-wide. Strapi opens
// some of these routes to every signed-in account (i18n settings, sending mail, a component's
// edit view); the rest take permissions only the super admin holds. Every one answers 403.
const unique = randomUUID().slice(0, 8)
const relayTarget = `relay-${unique}@example.org`
const COMPONENT = 'shared.link'
const accounts: Record<string, string> = {}

interface Write { name: string; path: string; method: 'POST' | 'PUT' | 'DELETE'; json?: unknown }
let writes: Write[] = []

beforeAll(async () => {
  accounts.editor = await accountWithRole('Platform editor', `settings-editor-${unique}@example.org`)
  accounts.contributor = await accountWithRole('Initiative contributor', `settings-contributor-${unique}@example.org`)
  const locales = (await admin('/i18n/locales')).body as Array<{ id: number; code: string; name: string; isDefault: boolean }>
  const en = locales.find((locale) => locale.code === 'en')!
  const cs = locales.find((locale) => locale.code === 'cs')!
  const { component } = (await admin(`/content-manager/components/${COMPONENT}/configuration`)).body.data
  const relabelled = { ...component.metadatas, label: { ...component.metadatas.label, edit: { ...component.metadatas.label.edit, label: `Hijacked ${unique}` } } }
  writes = [
    { name: 'i18n settings', method: 'PUT', path: '/i18n/settings', json: { aiLocalizations: true } },
    { name: 'create locale', method: 'POST', path: '/i18n/locales', json: { code: 'sq', name: 'Albanian', isDefault: false } },
    { name: 'default locale', method: 'PUT', path: `/i18n/locales/${cs.id}`, json: { name: cs.name, isDefault: true } },
    { name: 'rename locale', method: 'PUT', path: `/i18n/locales/${en.id}`, json: { name: `Hijacked ${unique}` } },
    { name: 'delete locale', method: 'DELETE', path: `/i18n/locales/${cs.id}` },
    { name: 'send any mail', method: 'POST', path: '/email', json: { to: relayTarget, subject: 'Your account', text: 'Sign in at https://evil.example' } },
    { name: 'test mail', method: 'POST', path: '/email/test', json: { to: relayTarget } },
    { name: 'component edit view', method: 'PUT', path: `/content-manager/components/${COMPONENT}/configuration`, json: { settings: component.settings, metadatas: relabelled, layouts: component.layouts } },
    { name: 'content-type edit view', method: 'PUT', path: '/content-manager/content-types/api::article.article/configuration', json: { settings: {}, metadatas: {}, layouts: {} } },
    { name: 'webhook', method: 'POST', path: '/admin/webhooks', json: { name: `Hook ${unique}`, url: 'https://example.org/hook', headers: {}, events: ['entry.create'] } },
    { name: 'transfer token', method: 'POST', path: '/admin/transfer/tokens', json: { name: `Transfer ${unique}`, permissions: ['push', 'pull'], lifespan: null } },
    { name: 'project settings', method: 'POST', path: '/admin/project-settings', json: {} },
    { name: 'admin role', method: 'POST', path: '/admin/roles', json: { name: `Role ${unique}`, description: 'x' } },
    { name: 'admin account', method: 'POST', path: '/admin/users', json: { email: `new-${unique}@example.org`, firstname: 'New', roles: [1] } },
    { name: 'upload settings', method: 'PUT', path: '/upload/settings', json: { sizeOptimization: false, responsiveDimensions: false, autoOrientation: false } },
    { name: 'media library view', method: 'PUT', path: '/upload/configuration', json: { pageSize: 100, sort: 'createdAt:DESC' } },
    { name: 'site accounts: advanced', method: 'PUT', path: '/users-permissions/advanced', json: { allow_register: true, unique_email: true, default_role: 'authenticated', email_confirmation: false } },
    { name: 'site accounts: role', method: 'POST', path: '/users-permissions/roles', json: { name: `Role ${unique}`, description: 'x', permissions: {} } },
    { name: 'site accounts: providers', method: 'PUT', path: '/users-permissions/providers', json: { providers: {} } },
    { name: 'site accounts: mail templates', method: 'PUT', path: '/users-permissions/email-templates', json: { 'email-templates': {} } },
  ]
})

describe('platform-wide settings', () => {
  for (const role of ['editor', 'contributor']) {
    it(`refuse a stolen ${role} account every write with 403`, async () => {
      const answers: Record<string, number> = {}
      for (const write of writes) answers[write.name] = (await asAccount(accounts[role]!, write.path, { method: write.method, json: write.json })).status
      expect(answers).toEqual(Object.fromEntries(writes.map((write) => [write.name, 403])))
    })
  }

  it('are left as they were: settings, locales, edit views; no mail sent for them', async () => {
    expect((await admin('/i18n/settings')).body.data?.aiLocalizations ?? false).toBe(false)
    const locales = (await admin('/i18n/locales')).body as Array<{ code: string; name: string; isDefault: boolean }>
    expect(locales.find((locale) => locale.isDefault)?.code).toBe('en')
    expect(locales.map((locale) => locale.code)).toEqual(expect.arrayContaining(['en', 'cs']))
    expect(locales.map((locale) => locale.code)).not.toContain('sq')
    expect(JSON.stringify(locales)).not.toContain(`Hijacked ${unique}`)
    expect(JSON.stringify((await admin(`/content-manager/components/${COMPONENT}/configuration`)).body)).not.toContain(`Hijacked ${unique}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect((await receivedMail(inject('mailboxUrl'))).filter((mail) => mail.to.includes(relayTarget))).toEqual([])
  })

  it('stay the super admin’s to change', async () => {
    const changed = await admin('/i18n/settings', { method: 'PUT', json: { aiLocalizations: true } })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect((await admin('/i18n/settings', { method: 'PUT', json: { aiLocalizations: false } })).body.data.aiLocalizations).toBe(false)
  })
})

describe('admin meta any account reaches', () => {
  it('answers the licence trial without an outgoing call or a 500; the tour schemas, versions and route lists to the super admin only', async () => {
    for (const jwt of [accounts.editor!, accounts.contributor!]) {
      const trial = await asAccount(jwt, '/admin/license-trial-time-left')
      expect(trial.status, JSON.stringify(trial.body)).toBe(200)
      expect(trial.body).toEqual({ trialEndsAt: null })
      const tour = await asAccount(jwt, '/admin/guided-tour-meta')
      expect(tour.status).toBe(200)
      expect(tour.body.data.schemas).toEqual({})
    }
    for (const jwt of [accounts.editor!, accounts.contributor!]) {
      const information = await asAccount(jwt, '/admin/information')
      expect(information.status).toBe(200)
      expect(information.body.data).toMatchObject({ strapiVersion: null, nodeVersion: null, projectId: null, dependencies: {} })
      for (const path of ['/users-permissions/permissions', '/users-permissions/routes']) expect((await asAccount(jwt, path)).status, path).toBe(403)
    }
    expect((await admin('/admin/information')).body.data.strapiVersion).toMatch(/^5\./)
    expect((await admin('/users-permissions/routes')).status).toBe(200)
    expect((await admin('/admin/license-trial-time-left')).status).toBe(200)
    const superTour = await admin('/admin/guided-tour-meta')
    expect(Object.keys(superTour.body.data.schemas)).toContain('api::initiative.initiative')
  })
})
