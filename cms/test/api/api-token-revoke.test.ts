import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, adminJwt, asAccount, rest } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'

// Issue 13: a stolen editor account manages only the read-only partner tokens it made; every
// other token (the super admin's, another editor's) is the super admin's to change or revoke.
const unique = randomUUID().slice(0, 8)
const WEEK = 7 * 24 * 60 * 60 * 1000

let editor: string
let otherEditor: string

async function tokenOf(account: string, name: string, type = 'read-only'): Promise<{ id: number; accessKey: string }> {
  const made = await asAccount(account, '/admin/api-tokens', { method: 'POST', json: { name: `${name} ${unique}`, type, lifespan: WEEK } })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return made.body.data
}

const works = async (key: string) => (await rest('/api/pillars', { headers: { authorization: `Bearer ${key}` } })).status

beforeAll(async () => {
  editor = await accountWithRole('Platform editor', `revoke-editor-${unique}@example.org`)
  otherEditor = await accountWithRole('Platform editor', `revoke-other-${unique}@example.org`)
})

describe('a stolen editor account and tokens it did not make', () => {
  it("cannot revoke, regenerate or change the super admin's tokens", async () => {
    for (const type of ['full-access', 'read-only']) {
      const token = await tokenOf(await adminJwt(), `Super admin ${type}`, type)
      const path = `/admin/api-tokens/${token.id}`
      expect((await asAccount(editor, path, { method: 'DELETE' })).status, type).toBe(403)
      expect((await asAccount(editor, `${path}/regenerate`, { method: 'POST' })).status, type).toBe(403)
      expect((await asAccount(editor, path, { method: 'PUT', json: { name: `Renamed ${type} ${unique}`, lifespan: null } })).status, type).toBe(403)
      const after = await admin(path)
      expect(after.status).toBe(200)
      expect(after.body.data.name).toBe(`Super admin ${type} ${unique}`)
      expect(await works(token.accessKey)).toBe(200)
    }
  })

  it("cannot revoke another editor's partner token", async () => {
    const token = await tokenOf(otherEditor, 'Other partner')
    expect((await asAccount(editor, `/admin/api-tokens/${token.id}`, { method: 'DELETE' })).status).toBe(403)
    expect(await works(token.accessKey)).toBe(200)
  })

  it('answers ids that are no token, or no number, with 403, never 5xx', async () => {
    for (const id of ['999999', 'abc', '1%20or%201=1', '-1']) {
      const answer = await asAccount(editor, `/admin/api-tokens/${id}`, { method: 'DELETE' })
      expect(answer.status, id).toBe(403)
    }
  })
})

describe('tokens an editor made, and the super admin', () => {
  it('lets an editor revoke the read-only token it made', async () => {
    const token = await tokenOf(editor, 'Own partner')
    expect((await asAccount(editor, `/admin/api-tokens/${token.id}`, { method: 'DELETE' })).status).toBe(200)
    expect(await works(token.accessKey)).toBe(401)
  })

  it("lets the super admin revoke an editor's token", async () => {
    const token = await tokenOf(otherEditor, 'Revoked by admin')
    expect((await admin(`/admin/api-tokens/${token.id}`, { method: 'DELETE' })).status).toBe(200)
    expect(await works(token.accessKey)).toBe(401)
  })
})
