import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { admin, adminJwt, asAccount } from '../support/clients.ts'
import { accountWithRole } from '../support/admin-accounts.ts'

// Issue 13: admin counts a contributor sees cover only what they may read. The homepage's entry
// counts, the project statistics and the publish dialogs' draft-relation counts counted every
// initiative's entries (and told which document ids exist).
const unique = randomUUID().slice(0, 8)
const ARTICLES = '/content-manager/collection-types/api::article.article'
const COUNTS = '/content-manager/homepage/count-documents'

let unlinked: string
let linked: string
let editor: string
const made: string[] = []

const total = (counts: { draft: number; published: number; modified: number }) => counts.draft + counts.published + counts.modified
const article = (label: string) => ({ title: `Counted ${label} ${unique}`, slug: `counted-${label}-${unique}`, excerpt: 'x', body: 'x', date: '2026-11-20' })

async function create(jwt: string, label: string): Promise<string> {
  const answer = await asAccount(jwt, `${ARTICLES}?locale=en`, { method: 'POST', json: article(label) })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  made.push(answer.body.data.documentId)
  return answer.body.data.documentId as string
}

beforeAll(async () => {
  unlinked = await accountWithRole('Initiative contributor', `counts-unlinked-${unique}@example.org`)
  editor = await accountWithRole('Platform editor', `counts-editor-${unique}@example.org`)
  const email = `counts-linked-${unique}@example.org`
  linked = await accountWithRole('Initiative contributor', email)
  const users = await admin(`/admin/users?filters[email][$eq]=${encodeURIComponent(email)}`)
  const bridge = await admin('/content-manager/collection-types/api::initiative.initiative?filters[slug][$eq]=bridge&locale=en')
  const assigned = await admin('/content-manager/collection-types/api::initiative-contributor.initiative-contributor', { method: 'POST', json: { email, adminUserId: users.body.data.results[0].id, initiative: bridge.body.results[0].documentId } })
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(201)
  return async () => {
    for (const documentId of made) await admin(`${ARTICLES}/${documentId}?locale=en`, { method: 'DELETE' })
    await admin(`/content-manager/collection-types/api::initiative-contributor.initiative-contributor/${assigned.body.data.documentId}`, { method: 'DELETE' })
  }
})

describe('admin counts for a contributor', () => {
  it("count on the homepage only the entries they may read, not other initiatives'", async () => {
    const everything = await admin(COUNTS)
    expect(everything.status).toBe(200)
    expect(total(everything.body.data)).toBeGreaterThan(0)
    const nothing = await asAccount(unlinked, COUNTS)
    expect(nothing.status, JSON.stringify(nothing.body)).toBe(200)
    expect(nothing.body.data).toEqual({ draft: 0, published: 0, modified: 0 })

    const before = (await asAccount(linked, COUNTS)).body.data
    // Their initiative, and no more than the editors' whole count.
    expect(total(before)).toBeGreaterThan(0)
    expect(total(before)).toBeLessThan(total(everything.body.data))
    await create(await adminJwt(), 'editors')
    expect((await asAccount(linked, COUNTS)).body.data).toEqual(before)
    await create(linked, 'own')
    expect((await asAccount(linked, COUNTS)).body.data).toEqual({ ...before, draft: before.draft + 1 })
    // The rest of the contributor's homepage still loads.
    expect((await asAccount(linked, '/content-manager/homepage/recent-documents?action=update')).status).toBe(200)
  })

  it('read no project statistics (files, accounts, tokens, webhooks); nor does an editor', async () => {
    expect((await admin('/admin/homepage/key-statistics')).status).toBe(200)
    for (const jwt of [linked, editor]) {
      const answer = await asAccount(jwt, '/admin/homepage/key-statistics')
      expect(answer.status, JSON.stringify(answer.body)).toBe(403)
    }
  })

  it("count no draft relations, their own entries' or other initiatives'", async () => {
    const theirs = await create(await adminJwt(), 'theirs')
    const own = await create(linked, 'mine')
    const many = (ids: string[]) => `${ARTICLES}/actions/countManyEntriesDraftRelations?${ids.map((id) => `documentIds[]=${id}`).join('&')}&locale=en`
    expect((await admin(many([theirs]))).status).toBe(200)
    for (const path of [many([theirs]), many([own]), `${ARTICLES}/${theirs}/actions/countDraftRelations?locale=en`, `${ARTICLES}/${own}/actions/countDraftRelations?locale=en`]) {
      const answer = await asAccount(linked, path)
      expect(answer.status, `${path} ${JSON.stringify(answer.body)}`).toBe(403)
    }
  })

  it('answer a filter in place of document ids with 400, not a count of everything', async () => {
    const answer = await admin(`${ARTICLES}/actions/countManyEntriesDraftRelations?documentIds[$ne]=x&locale=en`)
    expect(answer.status, JSON.stringify(answer.body)).toBe(400)
  })
})
