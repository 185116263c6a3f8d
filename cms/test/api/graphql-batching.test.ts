import { describe, expect, it } from 'vitest'
import { cmsUrl, rest } from '../support/clients.ts'

interface Listed { slug: string; countries: Array<{ code: string }>; audiences: Array<{ group: string }> }

/** A GraphQL answer with the number of SQL statements the CMS ran for it (x-sql-statements). */
async function measured(query: string): Promise<{ statements: number; initiatives: Listed[] }> {
  const response = await fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  const body = await response.json() as { data?: { initiatives: Listed[] }; errors?: unknown }
  expect(body.errors).toBeUndefined()
  return { statements: Number(response.headers.get('x-sql-statements')), initiatives: body.data!.initiatives }
}

const list = (limit: number, countries = 'pagination: { limit: 100 }') =>
  `{ initiatives(locale: "en", sort: "slug:asc", pagination: { limit: ${limit} }) { slug countries(${countries}) { code } audiences(pagination: { limit: 100 }) { group } } }`

describe('component fields of a list load in one query, not one per entry', () => {
  it('runs as many SQL statements for 12 initiatives as for 2', async () => {
    const two = await measured(list(2))
    const twelve = await measured(list(12))
    expect(two.initiatives).toHaveLength(2)
    expect(twelve.initiatives).toHaveLength(12)
    expect(two.statements).toBeGreaterThan(0)
    expect(twelve.statements).toBe(two.statements)
  })

  it('gives each entry its own components, in their order, as REST does', async () => {
    const { initiatives } = await measured(list(12))
    const { body } = await rest('/api/initiatives?locale=en&sort=slug:asc&pagination[limit]=12&populate[countries]=true&populate[audiences]=true')
    const expected = (body.data as Array<{ slug: string; countries: Array<{ code: string }>; audiences: Array<{ group: string }> }>)
      .map((entry) => ({ slug: entry.slug, countries: entry.countries.map(({ code }) => ({ code })), audiences: entry.audiences.map(({ group }) => ({ group })) }))
    expect(initiatives).toEqual(expected)
    expect(initiatives.some((entry) => entry.countries.length > 1)).toBe(true)
  })

  it('pages each entry’s components on their own', async () => {
    const all = (await measured(list(12))).initiatives
    const paged = (await measured(list(12, 'pagination: { start: 1, limit: 1 }'))).initiatives
    expect(paged.map((entry) => entry.countries)).toEqual(all.map((entry) => entry.countries.slice(1, 2)))
  })
})

interface WithRelations {
  slug: string
  pillars: Array<{ key: string }>
  partners: Array<{ slug: string }>
  coordinator: { slug: string } | null
  logo: { url: string } | null
}

async function measuredRelations(limit: number, partners = 'sort: "slug:asc", pagination: { limit: 100 }'): Promise<{ statements: number; initiatives: WithRelations[] }> {
  const query = `{ initiatives(locale: "en", sort: "slug:asc", pagination: { limit: ${limit} }) { slug pillars(sort: "key:asc") { key } partners(${partners}) { slug } coordinator { slug } logo { url } } }`
  const response = await fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  const body = await response.json() as { data?: { initiatives: WithRelations[] }; errors?: unknown }
  expect(body.errors).toBeUndefined()
  return { statements: Number(response.headers.get('x-sql-statements')), initiatives: body.data!.initiatives }
}

describe('relation and media fields of a list load in one query per field, not one per entry', () => {
  it('runs as many SQL statements for 12 initiatives as for 2', async () => {
    const two = await measuredRelations(2)
    const twelve = await measuredRelations(12)
    expect(twelve.initiatives).toHaveLength(12)
    expect(two.statements).toBeGreaterThan(0)
    expect(twelve.statements).toBe(two.statements)
  })

  it('gives each entry its own published relations, as REST does', async () => {
    const { initiatives } = await measuredRelations(12)
    const { body } = await rest('/api/initiatives?locale=en&sort=slug:asc&pagination[limit]=12&populate[pillars][sort]=key:asc&populate[partners][sort]=slug:asc&populate[coordinator]=true&populate[logo]=true')
    interface Row { slug: string; pillars: Array<{ key: string }>; partners: Array<{ slug: string }>; coordinator: { slug: string } | null; logo: { url: string } | null }
    const expected = (body.data as Row[]).map((entry) => ({
      slug: entry.slug,
      pillars: entry.pillars.map(({ key }) => ({ key })),
      partners: entry.partners.map(({ slug }) => ({ slug })),
      coordinator: entry.coordinator ? { slug: entry.coordinator.slug } : null,
      logo: entry.logo ? { url: entry.logo.url } : null,
    }))
    expect(initiatives).toEqual(expected)
    expect(initiatives.some((entry) => entry.pillars.length > 1)).toBe(true)
    expect(initiatives.some((entry) => entry.coordinator !== null)).toBe(true)
  })

  it('pages each entry’s relations on their own', async () => {
    const all = (await measuredRelations(12)).initiatives
    const paged = (await measuredRelations(12, 'sort: "slug:asc", pagination: { start: 1, limit: 1 }')).initiatives
    expect(all.some((entry) => entry.partners.length > 1)).toBe(true)
    expect(paged.map((entry) => entry.partners)).toEqual(all.map((entry) => entry.partners.slice(1, 2)))
  })
})
