import { beforeAll, describe, expect, it } from 'vitest'
import { admin, graphql, rest } from '../support/clients.ts'

const INITIATIVES = '/content-manager/collection-types/api::initiative.initiative'
const draftName = 'Unpublished pilot initiative'
const draftSlug = 'unpublished-pilot'
let draftId: string

/** An editor creates a draft in the admin, and edits a published entry without publishing the edit. */
beforeAll(async () => {
  const created = await admin(`${INITIATIVES}?locale=en`, {
    method: 'POST',
    json: { name: draftName, slug: draftSlug, summary: 'Not ready for the public yet.' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  draftId = created.body.data.documentId

  const bridge = await admin(`${INITIATIVES}?filters[slug][$eq]=bridge&locale=en`)
  const bridgeId = bridge.body.results[0].documentId
  const edited = await admin(`${INITIATIVES}/${bridgeId}?locale=en`, { method: 'PUT', json: { summary: 'DRAFT EDIT, not published' } })
  expect(edited.status, JSON.stringify(edited.body)).toBe(200)
})

describe('drafts stay invisible to anonymous readers', () => {
  it('the editor sees the draft in the admin', async () => {
    const listed = await admin(`${INITIATIVES}/${draftId}?locale=en`)
    expect(listed.body.data.name).toBe(draftName)
  })

  it('REST ignores ?status=draft', async () => {
    for (const query of ['', '?status=draft', '?status=DRAFT', '?publicationFilter=never-published-document', '?hasPublishedVersion=false']) {
      const answer = await rest(`/api/initiatives${query}${query ? '&' : '?'}pagination[pageSize]=100`)
      expect(answer.status, query).toBe(200)
      const names = answer.body.data.map((initiative: any) => initiative.name)
      expect(names, query).not.toContain(draftName)
      expect(answer.body.data.map((initiative: any) => initiative.summary), query).not.toContain('DRAFT EDIT, not published')
    }
    const single = await rest(`/api/initiatives/${draftId}?status=draft`)
    expect(single.status).toBe(404)
  })

  it('GraphQL has no argument that selects drafts', async () => {
    for (const argument of ['status: DRAFT', 'hasPublishedVersion: false', 'publicationFilter: NEVER_PUBLISHED_DOCUMENT']) {
      const answer = await graphql(`{ initiatives(${argument}) { name } }`)
      expect(answer.status, argument).toBe(400)
      expect(answer.errors?.[0]?.message, argument).toMatch(/Unknown argument/)
    }
  })

  it('GraphQL lists, single lookups, filters and relations show the published version only', async () => {
    const list = await graphql(`{ initiatives(pagination: { limit: 100 }) { name summary } }`)
    expect(list.errors).toBeUndefined()
    const names = (list.data!.initiatives as any[]).map((initiative) => initiative.name)
    expect(names.length).toBeGreaterThanOrEqual(12)
    expect(names).not.toContain(draftName)
    expect((list.data!.initiatives as any[]).map((initiative) => initiative.summary)).not.toContain('DRAFT EDIT, not published')

    const one = await graphql(`query ($id: ID!) { initiative(documentId: $id) { name } }`, { id: draftId })
    expect(one.data?.initiative ?? null).toBeNull()

    const bySlug = await graphql(`{ initiatives(filters: { slug: { eq: "${draftSlug}" } }) { name } }`)
    expect(bySlug.data!.initiatives).toEqual([])

    const nested = await graphql(`{ pillars { initiatives(pagination: { limit: 100 }) { name summary } } }`)
    expect(nested.errors).toBeUndefined()
    const text = JSON.stringify(nested.data)
    expect(text).toContain('BRIDGE')
    expect(text).not.toContain(draftName)
    expect(text).not.toContain('DRAFT EDIT')
  })
})
