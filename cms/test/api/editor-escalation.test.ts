import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { admin, asAccount, cmsUrl, rest } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'

// Issue 13: a platform editor's account can be stolen. What it can reach is bounded: it cannot
// become super admin, rewrite what the server records, or mint keys that outlive it.
const CM = '/content-manager/collection-types'
const ARTICLE = 'api::article.article'
const TRASH = 'api::deleted-entry.deleted-entry'
const APPLICATION = 'api::membership-application.membership-application'
const CONTACT = 'api::contact-message.contact-message'
const YEAR = 365 * 24 * 60 * 60 * 1000
const unique = randomUUID().slice(0, 8)

let editor: string

async function adminUserByEmail(email: string): Promise<{ id: number } | undefined> {
  const users = await admin(`/admin/users?filters[email][$eq]=${encodeURIComponent(email)}`)
  return (users.body.data.results as Array<{ id: number; email: string }>).find((user) => user.email === email)
}

/** An article the editor makes and deletes; returns its copy in the deleted entries. */
async function deletedArticle(title: string): Promise<{ documentId: string; contentType: string; deletedBy: string; snapshot: unknown }> {
  const created = await asAccount(editor, `${CM}/${ARTICLE}?locale=en`, { method: 'POST', json: { title, slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, excerpt: 'To be deleted.', body: 'Body text.', date: '2026-11-21' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  expect((await asAccount(editor, `${CM}/${ARTICLE}/${created.body.data.documentId}?locale=en`, { method: 'DELETE' })).status).toBe(200)
  const trash = await admin(`${CM}/${TRASH}?_q=${encodeURIComponent(title)}`)
  expect(trash.body.results).toHaveLength(1)
  return trash.body.results[0]
}

beforeAll(async () => {
  editor = await accountWithRole('Platform editor', `escalation-editor-${unique}@example.org`)
})

describe('a stolen editor account and the deleted entries', () => {
  it('cannot rewrite a copy into an admin account and restore it', async () => {
    const copy = await deletedArticle(`Escalation ${unique}`)
    const attackerEmail = `attacker-${unique}@example.org`
    const crafted = {
      contentType: 'admin::user',
      entryTitle: 'harmless',
      deletedBy: 'someone-else@example.org',
      snapshot: [{ firstname: 'Mallory', lastname: 'X', email: attackerEmail, password: 'Attacker-password-1', isActive: true, roles: [{ id: 1 }] }],
    }
    // Step one: rewrite the copy; step two: restore it. Each answers without changing the copy.
    const rewritten = await asAccount(editor, `${CM}/${TRASH}/${copy.documentId}`, { method: 'PUT', json: crafted })
    expect(rewritten.status).toBeLessThan(500)
    const restored = await asAccount(editor, `${CM}/${TRASH}/${copy.documentId}`, { method: 'PUT', json: { ...crafted, restore: true } })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)

    expect(await adminUserByEmail(attackerEmail)).toBeUndefined()
    const stored = (await admin(`${CM}/${TRASH}/${copy.documentId}`)).body.data
    expect(stored).toMatchObject({ contentType: ARTICLE, deletedBy: copy.deletedBy, entryTitle: `Escalation ${unique}` })
    expect(stored.snapshot).toEqual(copy.snapshot)
    // What came back is the article that was deleted, as a draft.
    const back = await admin(`${CM}/${ARTICLE}?locale=en&_q=${encodeURIComponent(`Escalation ${unique}`)}`)
    expect(back.body.results).toHaveLength(1)
  })

  it('keeps the copy read-only for the super admin too', async () => {
    const copy = await deletedArticle(`Read-only copy ${unique}`)
    const changed = await admin(`${CM}/${TRASH}/${copy.documentId}`, { method: 'PUT', json: { contentType: 'admin::role', snapshot: [{ name: 'x', code: 'x' }], deletedBy: 'nobody' } })
    expect(changed.status).toBeLessThan(500)
    expect((await admin(`${CM}/${TRASH}/${copy.documentId}`)).body.data).toMatchObject({ contentType: ARTICLE, deletedBy: copy.deletedBy })
  })

  it('cannot make, clone or delete deleted entries', async () => {
    const copy = await deletedArticle(`Kept copy ${unique}`)
    const made = await asAccount(editor, `${CM}/${TRASH}`, { method: 'POST', json: { contentType: 'admin::user', entryDocumentId: 'x', snapshot: [{ email: `x-${unique}@example.org` }], deletedAt: new Date().toISOString() } })
    expect(made.status).toBe(403)
    expect((await admin(`${CM}/${TRASH}`, { method: 'POST', json: { contentType: 'admin::user', entryDocumentId: 'x', snapshot: [{}], deletedAt: new Date().toISOString() } })).status).toBe(403)
    expect((await asAccount(editor, `${CM}/${TRASH}/clone/${copy.documentId}`, { method: 'POST', json: {} })).status).toBeGreaterThanOrEqual(400)
    expect((await asAccount(editor, `${CM}/${TRASH}/${copy.documentId}`, { method: 'DELETE' })).status).toBe(403)
    expect((await asAccount(editor, `${CM}/${TRASH}/actions/bulkDelete`, { method: 'POST', json: { documentIds: [copy.documentId] } })).status).toBe(403)
    expect((await admin(`${CM}/${TRASH}/${copy.documentId}`)).status).toBe(200)
  })
})

describe('a stolen editor account and what visitors sent', () => {
  const sender = `sender-${unique}@example.org`
  const submit = async (form: string, body: object) => {
    const response = await fetch(`${cmsUrl()}/api/forms/${form}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sparks-site-key': inject('siteKey') }, body: JSON.stringify(body) })
    expect(response.status).toBe(202)
  }

  it('cannot rewrite a membership application or a contact message, nor can the super admin', async () => {
    await submit('join', { organisation: 'Harbour Child Safety', initiativeName: `Harbour ${unique}`, contactName: 'Ana Berg', email: sender, role: 'Coordinator', motivation: 'We run a helpline.', consent: true })
    await submit('contact', { name: 'Ana Berg', email: sender, subject: 'Materials', message: 'Could we share our guides?', consent: true })
    for (const uid of [APPLICATION, CONTACT]) {
      const row = (await admin(`${CM}/${uid}?_q=${encodeURIComponent(sender)}`)).body.results[0]
      expect(row, uid).toBeDefined()
      // The editor's role has no such field; beneath it the server drops them for every account.
      for (const write of [(path: string, init: object) => asAccount(editor, path, init), (path: string, init: object) => admin(path, init)]) {
        const put = await write(`${CM}/${uid}/${row.documentId}`, { method: 'PUT', json: { email: `rewritten-${unique}@example.org`, motivation: 'rewritten', message: 'rewritten', processedAt: '2020-01-01T00:00:00.000Z' } })
        expect(put.status).toBeLessThan(500)
      }
      const after = (await admin(`${CM}/${uid}/${row.documentId}`)).body.data
      expect(after.email).toBe(row.email)
      expect(after.motivation ?? null).toBe(row.motivation ?? null)
      expect(after.message ?? null).toBe(row.message ?? null)
      expect(after.processedAt ?? null).toBe(row.processedAt ?? null)
    }
  })
})

describe('a stolen editor account and API tokens', () => {
  let tokenEditor: string
  const tokenEditorEmail = `token-editor-${unique}@example.org`
  beforeAll(async () => {
    tokenEditor = await accountWithRole('Platform editor', tokenEditorEmail)
  })

  it('makes only read-only tokens that expire, and sees each key once', async () => {
    for (const type of ['full-access', 'custom']) {
      const refused = await asAccount(tokenEditor, '/admin/api-tokens', { method: 'POST', json: { name: `${type} ${unique}`, type, lifespan: null, permissions: type === 'custom' ? ['api::initiative.initiative.find'] : undefined } })
      expect(refused.status, type).toBe(403)
    }
    const made = await asAccount(tokenEditor, '/admin/api-tokens', { method: 'POST', json: { name: `Partner ${unique}`, description: 'partner', type: 'read-only', lifespan: null } })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.data.accessKey).toMatch(/^[0-9a-f]{64,}$/)
    expect(Number(made.body.data.lifespan)).toBe(YEAR)
    expect(Date.parse(made.body.data.expiresAt) - Date.now()).toBeGreaterThan(YEAR - 60_000)

    for (const reader of [(path: string) => asAccount(tokenEditor, path), (path: string) => admin(path)]) {
      const read = await reader(`/admin/api-tokens/${made.body.data.id}`)
      expect(read.status).toBe(200)
      expect(read.body.data.accessKey).toBeUndefined()
    }
    const upgraded = await asAccount(tokenEditor, `/admin/api-tokens/${made.body.data.id}`, { method: 'PUT', json: { type: 'full-access' } })
    expect(upgraded.status).toBe(403)
    const regenerated = await asAccount(tokenEditor, `/admin/api-tokens/${made.body.data.id}/regenerate`, { method: 'POST' })
    expect(regenerated.status).toBe(403)
    expect((await admin(`/admin/api-tokens/${made.body.data.id}`)).body.data.type).toBe('read-only')
  })

  it('leaves no default full-access token and shows no stored key', async () => {
    const tokens = await admin('/admin/api-tokens')
    expect((tokens.body.data as Array<{ name: string; type: string }>).filter((token) => token.name === 'Full Access' && token.type === 'full-access')).toEqual([])
    for (const token of tokens.body.data as Array<{ id: number }>) expect((await admin(`/admin/api-tokens/${token.id}`)).body.data.accessKey).toBeUndefined()
  })

  it('revokes the tokens an account made when it is deactivated', async () => {
    const made = await asAccount(tokenEditor, '/admin/api-tokens', { method: 'POST', json: { name: `Leaver ${unique}`, type: 'read-only', lifespan: 7 * 24 * 60 * 60 * 1000 } })
    expect(made.status).toBe(201)
    const key = made.body.data.accessKey as string
    expect((await rest('/api/pillars', { headers: { authorization: `Bearer ${key}` } })).status).toBe(200)

    const account = await adminUserByEmail(tokenEditorEmail)
    const deactivated = await admin(`/admin/users/${account!.id}`, { method: 'PUT', json: { isActive: false } })
    expect(deactivated.status, JSON.stringify(deactivated.body)).toBe(200)
    expect((await admin(`/admin/api-tokens/${made.body.data.id}`)).status).toBe(404)
    expect((await rest('/api/pillars', { headers: { authorization: `Bearer ${key}` } })).status).toBe(401)
  })

  it('revokes the full-access tokens a super admin made once it is demoted', async () => {
    const promotedEmail = `promoted-${unique}@example.org`
    const promoted = await accountWithRole('Super Admin', promotedEmail)
    const made = await asAccount(promoted, '/admin/api-tokens', { method: 'POST', json: { name: `Promoted ${unique}`, type: 'full-access', lifespan: null } })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const roles = (await admin('/admin/roles')).body.data as Array<{ id: number; name: string }>
    const account = await adminUserByEmail(promotedEmail)
    const demoted = await admin(`/admin/users/${account!.id}`, { method: 'PUT', json: { roles: [roles.find((role) => role.name === 'Platform editor')!.id] } })
    expect(demoted.status, JSON.stringify(demoted.body)).toBe(200)
    expect((await admin(`/admin/api-tokens/${made.body.data.id}`)).status).toBe(404)
  })
})

describe('a stolen editor account and links', () => {
  it('cannot store a javascript: or data: link in any link field, a component included', async () => {
    const initiative = (await admin(`${CM}/api::initiative.initiative?locale=en&pageSize=1`)).body.results[0]
    for (const website of ['javascript:alert(document.cookie)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const put = await asAccount(editor, `${CM}/api::initiative.initiative/${initiative.documentId}?locale=en`, { method: 'PUT', json: { website } })
      expect(put.status, website).toBe(400)
    }
    const event = await asAccount(editor, `${CM}/api::event.event?locale=en`, { method: 'POST', json: { title: `Links ${unique}`, slug: `links-${unique}`, registrationUrl: 'javascript:alert(1)' } })
    expect(event.status).toBe(400)
    const after = (await admin(`${CM}/api::initiative.initiative/${initiative.documentId}?locale=en`)).body.data
    expect(after.website ?? '').not.toMatch(/script|data:/i)
  })
})

describe('a stolen session and the account itself', () => {
  it('cannot change the account e-mail without the current password', async () => {
    const email = `own-email-${unique}@example.org`
    const password = 'Account-password-for-tests-1'
    const session = await accountWithRole('Platform editor', email, password)
    const taken = await asAccount(session, '/admin/users/me', { method: 'PUT', json: { email: `thief-${unique}@example.org` } })
    expect(taken.status).toBe(400)
    const wrong = await asAccount(session, '/admin/users/me', { method: 'PUT', json: { email: `thief-${unique}@example.org`, currentPassword: 'not-the-password-1A' } })
    expect(wrong.status).toBe(400)
    expect(await adminUserByEmail(`thief-${unique}@example.org`)).toBeUndefined()
    const own = await asAccount(session, '/admin/users/me', { method: 'PUT', json: { email: `moved-${unique}@example.org`, currentPassword: password } })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect((await asAccount(session, '/admin/users/me', { method: 'PUT', json: { firstname: 'Renamed' } })).status).toBe(200)
  })
})

describe('a stolen editor account and the trail it leaves', () => {
  it('records deleting what visitors sent and changing contributor assignments', async () => {
    const sender = `trail-${unique}@example.org`
    const response = await fetch(`${cmsUrl()}/api/forms/contact`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sparks-site-key': inject('siteKey') }, body: JSON.stringify({ name: 'Ana Berg', email: sender, subject: 'Trail', message: 'Please keep this.', consent: true }) })
    expect(response.status).toBe(202)
    const row = (await admin(`${CM}/${CONTACT}?_q=${encodeURIComponent(sender)}`)).body.results[0]
    const erased = await asAccount(editor, `${CM}/${CONTACT}/actions/bulkDelete`, { method: 'POST', json: { documentIds: [row.documentId] } })
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    const trail = await admin(`${CM}/api::audit-entry.audit-entry?filters[entryDocumentId][$eq]=${row.documentId}`)
    expect(trail.body.results).toEqual([expect.objectContaining({ action: 'delete', contentType: CONTACT, userEmail: `escalation-editor-${unique}@example.org` })])
    expect(JSON.stringify(trail.body.results)).not.toContain(sender)
  })
})

describe('a partner token and the account routes', () => {
  it('reads no users or roles, and nobody signs up or in', async () => {
    const made = await admin('/admin/api-tokens', { method: 'POST', json: { name: `Accounts probe ${unique}`, type: 'read-only', lifespan: null } })
    expect(made.status).toBe(201)
    const headers = { authorization: `Bearer ${made.body.data.accessKey}` }
    for (const path of ['/api/users', '/api/users/1', '/api/users/me', '/api/users-permissions/roles', '/api/users-permissions/roles/1', '/api/users-permissions/permissions']) {
      const answer = await rest(path, { headers })
      expect([403, 404], path).toContain(answer.status)
      expect(JSON.stringify(answer.body), path).not.toContain('permissions":{')
    }
    await admin(`/admin/api-tokens/${made.body.data.id}`, { method: 'DELETE' })
  })
})
