import { randomUUID } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import { admin, graphql, rest } from '../support/clients.ts'

// Issue 13: a preview link, which an editor may paste anywhere, shows its own entry's draft for
// 30 minutes and no other draft.
const CM = '/content-manager/collection-types'
const ARTICLE = 'api::article.article'
const unique = randomUUID().slice(0, 8)

async function draftArticle(name: string): Promise<{ documentId: string; slug: string }> {
  const slug = `${name}-${unique}`
  const created = await admin(`${CM}/${ARTICLE}?locale=en`, { method: 'POST', json: { title: `${name} ${unique}`, slug, excerpt: 'Draft only.', body: 'Draft text.', date: '2026-11-30' } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { documentId: created.body.data.documentId, slug }
}

describe('a preview token', () => {
  it('reads the draft of its own entry, and no other draft', async () => {
    const previewed = await draftArticle('previewed')
    const other = await draftArticle('other-draft')
    const link = await admin(`/content-manager/preview/url/${ARTICLE}?documentId=${previewed.documentId}&locale=en&status=draft`)
    const token = new URL(link.body.data.url).searchParams.get('preview')!
    expect(token).toBeTruthy()
    const headers = { 'x-sparks-site-key': inject('siteKey'), 'x-sparks-preview': token }

    const own = await rest(`/api/articles?filters[slug][$eq]=${previewed.slug}&locale=en`, { headers })
    expect(own.body.data.map((entry: { slug: string }) => entry.slug)).toEqual([previewed.slug])
    const others = await rest(`/api/articles?filters[slug][$eq]=${other.slug}&locale=en`, { headers })
    expect(others.status).toBe(200)
    expect(others.body.data).toEqual([])
    const list = await rest('/api/articles?locale=en&pagination[pageSize]=100', { headers })
    const slugs = list.body.data.map((entry: { slug: string }) => entry.slug)
    expect(slugs).toContain(previewed.slug)
    expect(slugs).not.toContain(other.slug)

    const query = 'query ($slug: String!) { articles(filters: { slug: { eq: $slug } }, locale: "en") { slug } }'
    expect((await graphql(query, { slug: previewed.slug }, headers)).data).toEqual({ articles: [{ slug: previewed.slug }] })
    expect((await graphql(query, { slug: other.slug }, headers)).data).toEqual({ articles: [] })
    // Without the token, neither draft exists.
    expect((await rest(`/api/articles?filters[slug][$eq]=${previewed.slug}&locale=en`, { headers: { 'x-sparks-site-key': inject('siteKey') } })).body.data).toEqual([])

    for (const { documentId } of [previewed, other]) await admin(`${CM}/${ARTICLE}/${documentId}?locale=en`, { method: 'DELETE' })
  })
})
