import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, asAccount } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'

// Issue 13, a second look: a contributor of one initiative reaching another's, or the editors'
// drafts, through the body of a write, the bulk-publish validation read, populate and filters.
const unique = randomUUID().slice(0, 8)
const CM = '/content-manager/collection-types'
const INITIATIVE = 'api::initiative.initiative'
const ARTICLE = 'api::article.article'

let contributor: string
let own: string
let other: string
let editorsDraft: string

beforeAll(async () => {
  const email = `reach-${unique}@example.org`
  contributor = await accountWithRole('Initiative contributor', email)
  const users = await admin(`/admin/users?filters[email][$eq]=${encodeURIComponent(email)}`)
  const initiatives = (await admin(`${CM}/${INITIATIVE}?locale=en&pageSize=100`)).body.results as Array<{ documentId: string; slug: string }>
  own = initiatives.find((entry) => entry.slug === 'bridge')!.documentId
  other = initiatives.find((entry) => entry.slug !== 'bridge')!.documentId
  const assigned = await admin(`${CM}/api::initiative-contributor.initiative-contributor`, { method: 'POST', json: { email, adminUserId: users.body.data.results[0].id, initiative: own } })
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(201)
  const draft = await admin(`${CM}/${ARTICLE}?locale=en`, { method: 'POST', json: { title: `Embargoed ${unique}`, slug: `embargoed-${unique}`, excerpt: `secret-${unique}`, body: 'x', date: '2026-11-20' } })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  editorsDraft = draft.body.data.documentId
  return async () => {
    await admin(`${CM}/${ARTICLE}/${editorsDraft}?locale=en`, { method: 'DELETE' })
    await admin(`${CM}/api::initiative-contributor.initiative-contributor/${assigned.body.data.documentId}`, { method: 'DELETE' })
  }
})

describe("a contributor and other initiatives' entries", () => {
  it('cannot move their entry into another document by naming its documentId in the body', async () => {
    const before = (await admin(`${CM}/${INITIATIVE}/${other}?locale=en`)).body.data
    const moved = await asAccount(contributor, `${CM}/${INITIATIVE}/${own}?locale=en`, { method: 'PUT', json: { documentId: other, summary: `Taken over ${unique}` } })
    expect(moved.status, JSON.stringify(moved.body)).toBe(400)
    expect((await admin(`${CM}/${INITIATIVE}/${other}?locale=en`)).body.data.summary).toBe(before.summary)
    expect((await admin(`${CM}/${INITIATIVE}/${own}?locale=en`)).body.data.documentId).toBe(own)
    // Still theirs: the assignment did not follow the row elsewhere.
    const listed = (await asAccount(contributor, `${CM}/${INITIATIVE}?locale=en`)).body.results.map((entry: { documentId: string }) => entry.documentId)
    expect(listed).toEqual([own])
    // The same documentId as the address is a normal edit.
    const same = await asAccount(contributor, `${CM}/${INITIATIVE}/${own}?locale=en`, { method: 'PUT', json: { documentId: own, summary: before.summary ?? 'x' } })
    expect(same.status, JSON.stringify(same.body)).toBe(200)
  })

  it("cannot add a version to the editors' article by creating one with its documentId", async () => {
    const created = await asAccount(contributor, `${CM}/${ARTICLE}?locale=cs`, { method: 'POST', json: { documentId: editorsDraft, title: `Přidáno ${unique}`, slug: `pridano-${unique}`, excerpt: 'x', body: 'x', date: '2026-11-20' } })
    expect(created.status, JSON.stringify(created.body)).toBe(400)
    expect((await admin(`${CM}/${ARTICLE}/${editorsDraft}?locale=cs`)).body.data?.title).toBeUndefined()
  })

  it('cannot read entries through the bulk-publish validation', async () => {
    const answer = await asAccount(contributor, `${CM}/${INITIATIVE}/actions/bulkFindForValidation`, { method: 'POST', json: { documentIds: [other], locale: 'en' } })
    expect(answer.status).toBe(403)
    expect(JSON.stringify(answer.body)).not.toContain('summary')
  })

  it("cannot populate or filter below their own entries into others' drafts", async () => {
    for (const query of ['populate[pillars][populate][articles]=*', 'populate[pillars][populate][initiatives]=*', 'populate=*']) {
      const answer = await asAccount(contributor, `${CM}/${INITIATIVE}/${own}?locale=en&${query}`)
      expect(answer.status, query).toBe(400)
      expect(JSON.stringify(answer.body), query).not.toContain(`secret-${unique}`)
      expect((await asAccount(contributor, `${CM}/${INITIATIVE}?locale=en&${query}`)).status, query).toBe(400)
    }
    for (const query of [`filters[pillars][articles][excerpt][$contains]=secret-${unique}`, 'filters[pillars][initiatives][summary][$contains]=a', 'sort=pillars.initiatives.summary:asc']) {
      expect((await asAccount(contributor, `${CM}/${INITIATIVE}?locale=en&${query}`)).status, query).toBe(400)
      expect((await asAccount(contributor, `${CM}/${ARTICLE}?locale=en&${query.replace('[articles]', '[initiatives]')}`)).status, query).toBe(400)
    }
    // Who made and changed an entry is named, without an e-mail address.
    const read = await asAccount(contributor, `${CM}/${INITIATIVE}/${own}?locale=en`)
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body)).not.toMatch(/"email"/)
    const list = await asAccount(contributor, `${CM}/${INITIATIVE}?locale=en`)
    expect(JSON.stringify(list.body)).not.toMatch(/"email"/)
    // One relation deep, as the list view's filters send it, still works.
    expect((await asAccount(contributor, `${CM}/${ARTICLE}?locale=en&filters[pillars][key][$eq]=prevention`)).status).toBe(200)
  })
})
