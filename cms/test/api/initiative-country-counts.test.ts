import { describe, expect, it } from 'vitest'
import { cmsUrl, rest } from '../support/clients.ts'

async function graphql(query: string, variables: object = {}): Promise<{ status: number; body: { data?: any; errors?: Array<{ message: string }> } }> {
  const response = await fetch(`${cmsUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
  return { status: response.status, body: await response.json() as { data?: any; errors?: Array<{ message: string }> } }
}

const COUNTS = 'query($locale: I18NLocaleCode, $filters: InitiativeFiltersInput) { initiativeCountryCounts(locale: $locale, filters: $filters) { code count } }'

/** The same tally from REST: every matching published initiative with its countries. */
async function tallyFromRest(query: string): Promise<Record<string, number>> {
  const { body } = await rest(`/api/initiatives?locale=en&pagination[limit]=100&populate[countries]=true${query}`)
  const tally: Record<string, number> = {}
  for (const initiative of body.data as Array<{ countries: Array<{ code: string }> }>) {
    for (const code of new Set(initiative.countries.map((country) => country.code))) tally[code] = (tally[code] ?? 0) + 1
  }
  return tally
}

describe('initiativeCountryCounts: published initiatives per country, for the directory map', () => {
  it('counts every published initiative, anonymously, as REST lists them', async () => {
    const { body } = await graphql(COUNTS, { locale: 'en' })
    expect(body.errors).toBeUndefined()
    const counts = Object.fromEntries(body.data.initiativeCountryCounts.map((row: { code: string; count: number }) => [row.code, row.count]))
    expect(Object.keys(counts).length).toBeGreaterThan(1)
    expect(counts).toEqual(await tallyFromRest(''))
  })

  it('applies the same filters as the initiatives query', async () => {
    const { body } = await graphql(COUNTS, { locale: 'en', filters: { pillars: { key: { eq: 'detection' } } } })
    expect(body.errors).toBeUndefined()
    const counts = Object.fromEntries(body.data.initiativeCountryCounts.map((row: { code: string; count: number }) => [row.code, row.count]))
    expect(counts).toEqual(await tallyFromRest('&filters[pillars][key][$eq]=detection'))
    const all = (await graphql(COUNTS, { locale: 'en' })).body.data.initiativeCountryCounts as Array<{ count: number }>
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBeLessThan(all.reduce((sum, row) => sum + row.count, 0))
  })

  it('refuses filters on fields the public may not read', async () => {
    const { body } = await graphql(COUNTS, { locale: 'en', filters: { reviewState: { eq: 'submitted' } } })
    expect(body.data?.initiativeCountryCounts).toBeUndefined()
    expect(body.errors?.length).toBeGreaterThan(0)
  })
})
