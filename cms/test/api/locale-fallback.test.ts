import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { admin, graphql, rest } from '../support/clients.ts'

const INITIATIVE = '/content-manager/collection-types/api::initiative.initiative'

const FALLBACK = { 'x-locale-fallback': 'en' }

interface Row { documentId: string; slug: string; locale: string }
interface Connection { nodes: Row[]; pageInfo: { total: number; pageCount: number } }

const directory = `query ($locale: I18NLocaleCode, $page: Int, $pageSize: Int, $filters: InitiativeFiltersInput) {
  initiatives_connection(locale: $locale, filters: $filters, sort: ["name:asc"], pagination: { page: $page, pageSize: $pageSize }) {
    nodes { documentId slug locale } pageInfo { total pageCount }
  }
}`

async function all(locale: string, headers: Record<string, string> = {}): Promise<Row[]> {
  const answer = await graphql<{ initiatives: Row[] }>(`query ($locale: I18NLocaleCode) { initiatives(locale: $locale, pagination: { limit: 100 }) { documentId slug locale } }`, { locale }, headers)
  expect(answer.errors).toBeUndefined()
  return answer.data!.initiatives
}

describe('English fallback (X-Locale-Fallback: en)', () => {
  it('answers a language with no translations with every English entry, each marked English', async () => {
    const english = await all('en')
    expect(await all('de')).toEqual([])
    const german = await all('de', FALLBACK)
    expect(german.map((row) => row.documentId).sort()).toEqual(english.map((row) => row.documentId).sort())
    expect(german.every((row) => row.locale === 'en')).toBe(true)
  })

  it('merges a partly translated language: its own version where it has one, English for the rest, each document once', async () => {
    const english = await all('en')
    const czech = await all('cs')
    expect(czech.length).toBeGreaterThan(0)
    expect(czech.length).toBeLessThan(english.length)
    const merged = await all('cs', FALLBACK)
    expect(merged).toHaveLength(english.length)
    expect(new Set(merged.map((row) => row.documentId)).size).toBe(english.length)
    const czechIds = new Set(czech.map((row) => row.documentId))
    for (const row of merged) expect(row.locale).toBe(czechIds.has(row.documentId) ? 'cs' : 'en')
  })

  it('pages and counts over the merged set in the database, not over a first page', async () => {
    const english = await all('en')
    const pages: Row[] = []
    let total = 0
    for (let page = 1; page <= 20; page++) {
      const answer = await graphql<{ initiatives_connection: Connection }>(directory, { locale: 'cs', page, pageSize: 5 }, FALLBACK)
      expect(answer.errors).toBeUndefined()
      const { nodes, pageInfo } = answer.data!.initiatives_connection
      total = pageInfo.total
      pages.push(...nodes)
      if (page >= pageInfo.pageCount) break
    }
    expect(total).toBe(english.length)
    expect(pages.map((row) => row.documentId).sort()).toEqual(english.map((row) => row.documentId).sort())
  })

  it('filters the merged set like a single language', async () => {
    const filters = { featured: { eq: true } }
    const english = await graphql<{ initiatives_connection: Connection }>(directory, { locale: 'en', filters })
    const merged = await graphql<{ initiatives_connection: Connection }>(directory, { locale: 'pl', filters }, FALLBACK)
    expect(merged.data!.initiatives_connection.pageInfo.total).toBe(english.data!.initiatives_connection.pageInfo.total)
  })

  it('answers a single type missing in the language with its English version', async () => {
    const query = `query ($locale: I18NLocaleCode) { homePage(locale: $locale) { locale heroTitle } }`
    const without = await graphql<{ homePage: { locale: string } | null }>(query, { locale: 'fr' })
    expect(without.data?.homePage ?? null).toBeNull()
    const withFallback = await graphql<{ homePage: { locale: string; heroTitle: string } | null }>(query, { locale: 'fr' }, FALLBACK)
    expect(withFallback.data!.homePage).toMatchObject({ locale: 'en' })
    expect(withFallback.data!.homePage!.heroTitle.length).toBeGreaterThan(0)
  })

  it('finds an entry by slug in English when the language has no version of it', async () => {
    const [first] = await all('en')
    const query = `query ($slug: String!, $locale: I18NLocaleCode) { initiatives(locale: $locale, filters: { slug: { eq: $slug } }) { slug locale } }`
    const answer = await graphql<{ initiatives: Row[] }>(query, { slug: first!.slug, locale: 'ga' }, FALLBACK)
    expect(answer.data!.initiatives).toEqual([{ slug: first!.slug, locale: 'en' }])
  })

  it('works over REST too, and refuses a fallback other than English with a 400', async () => {
    const english = await rest('/api/initiatives?locale=en&pagination[pageSize]=100')
    const merged = await rest('/api/initiatives?locale=de&pagination[pageSize]=100', { headers: FALLBACK })
    expect(merged.status).toBe(200)
    expect(merged.body.meta.pagination.total).toBe(english.body.meta.pagination.total)
    const wrong = await rest('/api/initiatives?locale=de', { headers: { 'x-locale-fallback': 'fr' } })
    expect(wrong.status).toBe(400)
  })

  it('never answers with a draft: a draft-only document stays out, a draft-only translation does not hide the English', async () => {
    const marker = `fallback-${randomUUID().slice(0, 8)}`
    const ok = (answer: { status: number; body: any }, status = 200) => {
      expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(status)
      return answer.body.data as { documentId: string }
    }
    const { documentId: draftOnly } = ok(await admin(`${INITIATIVE}?locale=en`, { method: 'POST', json: { name: `${marker} draft`, slug: `${marker}-draft`, summary: 'Never published.' } }), 201)
    const { documentId: published } = ok(await admin(`${INITIATIVE}?locale=en`, { method: 'POST', json: { name: `${marker} published`, slug: marker, summary: 'Published in English.' } }), 201)
    try {
      ok(await admin(`${INITIATIVE}/${published}/actions/publish?locale=en`, { method: 'POST', json: {} }))
      ok(await admin(`${INITIATIVE}/${published}?locale=de`, { method: 'PUT', json: { name: `${marker} Entwurf`, slug: marker, summary: 'Nur ein Entwurf.' } }))
      const merged = await all('de', FALLBACK)
      expect(merged.find((row) => row.documentId === draftOnly)).toBeUndefined()
      expect(merged.find((row) => row.documentId === published)).toMatchObject({ locale: 'en', slug: marker })
    } finally {
      await admin(`${INITIATIVE}/${published}?locale=de`, { method: 'DELETE' })
      await admin(`${INITIATIVE}/${published}?locale=en`, { method: 'DELETE' })
      await admin(`${INITIATIVE}/${draftOnly}?locale=en`, { method: 'DELETE' })
    }
  })
})
