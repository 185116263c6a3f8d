import { randomInt } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'

// The site's /api/cms route runs with the site's CMS key, which the CMS's own rate limit lets
// through. So it takes only the variables each page sends.

/** A visitor of its own: the test site trusts one proxy hop, so X-Forwarded-For names the client. */
const visitor = () => `198.51.100.${randomInt(1, 254)}`
const hourNow = () => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString()

const cmsRoute = (name: string, variables: unknown, client = visitor()) =>
  fetch(`${inject('siteUrl')}/api/cms/${name}?variables=${encodeURIComponent(JSON.stringify(variables))}`, { headers: { 'x-forwarded-for': client } })

describe('the site’s CMS route takes only what its pages send', () => {
  it('answers the variables the pages send', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const accepted: Array<[string, unknown]> = [
      ['PillarsQuery', { locale: 'en' }],
      ['HomePageQuery', { now: hourNow(), locale: 'de' }],
      ['InitiativeDirectoryQuery', { filters: {}, page: 1, pageSize: 12, locale: 'en' }],
      ['InitiativeDirectoryQuery', { filters: { and: [{ or: [{ name: { containsi: 'care' } }, { acronym: { containsi: 'care' } }, { summary: { containsi: 'care' } }] }, { pillars: { key: { eq: 'prevention' } } }, { or: [{ endDate: { null: true } }, { endDate: { gte: today } }] }] }, page: 2, pageSize: 12, locale: 'cs' }],
      ['InitiativeCountriesQuery', { filters: { and: [{ countries: { code: { eq: 'CZ' } } }] }, locale: 'en' }],
      ['ResourceLibraryQuery', { filters: { and: [{ type: { eq: 'report' } }] }, page: 1, locale: 'en' }],
      ['SupportServicesQuery', { filters: { and: [{ countries: { code: { eq: 'CZ' } } }, { helpAudiences: { group: { eq: 'parents_carers' } } }] }, locale: 'en' }],
      ['EventsQuery', { filters: { startsAt: { gte: hourNow() } }, sort: ['startsAt:asc'], locale: 'en' }],
      ['ArticlesQuery', { page: 1, locale: 'en' }],
      ['SiteSearchQuery', { q: 'bridge', locale: 'en' }],
      ['InitiativeBySlugQuery', { slug: 'bridge', locale: 'en' }],
    ]
    for (const [name, variables] of accepted) {
      const response = await cmsRoute(name, variables)
      expect(response.status, `${name} ${JSON.stringify(variables)}: ${await response.clone().text()}`).toBe(200)
    }
  })

  it('refuses filters, sorts, page sizes and keys no page sends, with a 400 that says why', async () => {
    const refused: Array<[string, unknown]> = [
      ['InitiativeDirectoryQuery', { filters: { localizations: { summary: { contains: 'a' } } }, page: 1, pageSize: 12 }],
      ['InitiativeDirectoryQuery', { filters: {}, page: 1, pageSize: 100 }],
      ['InitiativeDirectoryQuery', { filters: {}, page: 1, pageSize: 12, sort: ['summary:asc'] }],
      ['InitiativeDirectoryQuery', { filters: { and: [{ pillars: { key: { eq: 'no-such-pillar' } } }] }, page: 1, pageSize: 12 }],
      ['InitiativeDirectoryQuery', { filters: { and: [{ or: [{ name: { containsi: 'a' } }, { acronym: { containsi: 'b' } }, { summary: { containsi: 'c' } }] }] }, page: 1, pageSize: 12 }],
      ['InitiativeDirectoryQuery', { filters: { and: [{ startDate: { gt: '1999-01-01' } }] }, page: 1, pageSize: 12 }],
      ['InitiativeDirectoryQuery', { filters: {}, page: 0, pageSize: 12 }],
      ['EventsQuery', { filters: { startsAt: { gte: '2031-01-01T00:00:00.000Z' } }, sort: ['startsAt:asc'] }],
      ['EventsQuery', { filters: { startsAt: { gte: hourNow() } }, sort: ['title:asc'] }],
      ['HomePageQuery', { now: new Date().toISOString().replace(/\.\d+Z$/, '.123Z') }],
      ['SupportServicesQuery', { filters: { and: [{ description: { containsi: 'x' } }] } }],
      ['SiteSearchQuery', { q: 'x' }],
      ['SiteSearchQuery', { q: 'bridge', limit: 1000 }],
      ['InitiativeBySlugQuery', { slug: 'Bridge/../x' }],
      ['PillarsQuery', { anything: 1 }],
    ]
    for (const [name, variables] of refused) {
      const response = await cmsRoute(name, variables)
      expect(response.status, `${name} ${JSON.stringify(variables)}`).toBe(400)
      expect(await response.text()).toMatch(/Variables not accepted/)
    }
  })

  it('does not run queries no page sends through it', async () => {
    for (const name of ['OrganisationsQuery', 'SitemapQuery']) {
      expect((await cmsRoute(name, {})).status, name).toBe(404)
    }
  })
})
