import { describe, expect, expectTypeOf, it } from 'vitest'
import { directoryFilters, readDirectoryChoices, type InitiativeFilters } from '../../shared/directory-filters'

describe('readDirectoryChoices', () => {
  it('keeps known choices from the URL and drops anything else', () => {
    expect(readDirectoryChoices({ q: '  bridge ', pillar: 'prevention', country: 'CZ', status: 'ongoing', page: '2' }))
      .toEqual({ q: 'bridge', pillar: 'prevention', programme: undefined, country: 'CZ', status: 'ongoing', audience: undefined, page: 2 })
    expect(readDirectoryChoices({ pillar: 'drop table', country: 'XX', page: '-3', programme: ['isf'] }))
      .toEqual({ q: undefined, pillar: undefined, programme: undefined, country: undefined, status: undefined, audience: undefined, page: 1 })
  })
})

describe('directoryFilters', () => {
  const today = '2026-11-23'
  it('is empty without choices', () => {
    expect(directoryFilters({ page: 1 }, today)).toEqual({})
  })

  it('turns each choice into a GraphQL filter, status from the dates', () => {
    expect(directoryFilters({ page: 1, pillar: 'detection', status: 'completed', country: 'SE' }, today)).toEqual({
      and: [{ pillars: { key: { eq: 'detection' } } }, { countries: { code: { eq: 'SE' } } }, { endDate: { lt: today } }],
    })
    expect(directoryFilters({ page: 1, status: 'ongoing' }, today).and).toHaveLength(2)
  })

  it('leaves the country out for the map, which shows every country', () => {
    expect(directoryFilters({ page: 1, country: 'SE' }, today, { withCountry: false })).toEqual({})
  })
})

describe('filter types', () => {
  it('come from the schema: a misspelt field or a value of the wrong type does not compile', () => {
    const good: InitiativeFilters = { pillars: { key: { eq: 'prevention' } } }
    // @ts-expect-error `pilars` is not a field of InitiativeFiltersInput
    const misspelt: InitiativeFilters = { pilars: { key: { eq: 'prevention' } } }
    // @ts-expect-error `equals` is not an operator of StringFilterInput
    const operator: InitiativeFilters = { name: { equals: 'BRIDGE' } }
    expect([good, misspelt, operator]).toHaveLength(3)
    expectTypeOf(directoryFilters).returns.toEqualTypeOf<InitiativeFilters>()
  })
})
