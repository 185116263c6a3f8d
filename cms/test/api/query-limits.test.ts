import { describe, expect, it } from 'vitest'
import { graphql, rest } from '../support/clients.ts'
import { graphqlCostLimits } from '../../src/graphql/query-cost'
import { GRAPHQL_MAX_TOKENS, graphqlLimits } from '../../src/graphql/query-limits'

describe('one request stays cheap', () => {
  it('refuses queries nested past the depth limit', async () => {
    const deep = `{ initiatives { pillars { initiatives { pillars { initiatives { pillars { initiatives { pillars { name } } } } } } } } }`
    const answer = await graphql(deep)
    expect(answer.status).toBe(400)
    expect(answer.errors?.map((error) => error.message).join(' ')).toMatch(new RegExp(`limit is ${graphqlLimits.maxDepth}`))
  })

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: graphqlLimits.maxAliases + 1 }, (_, index) => `a${index}: pillars { name }`).join(' ')
    const answer = await graphql(`query Aliases { ${aliases} }`)
    expect(answer.status).toBe(400)
    expect(answer.errors?.[0]?.message).toMatch(/aliases; the limit is/)
  })

  it('refuses a query selecting too many fields', async () => {
    const fields = Array.from({ length: graphqlLimits.maxFields + 1 }).fill('name').join(' ')
    const answer = await graphql(`query Wide { pillars { ${fields} } }`)
    expect(answer.errors?.[0]?.message).toMatch(/fields; the limit is/)
  })

  it('pages GraphQL lists by 25 by default and never more than 100', async () => {
    const byDefault = await graphql(`{ supportServices_connection { pageInfo { pageSize } } }`)
    expect((byDefault.data as any).supportServices_connection.pageInfo.pageSize).toBe(25)
    const tooMany = await graphql(`{ initiatives_connection(pagination: { pageSize: 5000 }) { pageInfo { pageSize } } }`)
    expect((tooMany.data as any)?.initiatives_connection?.pageInfo?.pageSize ?? 100).toBeLessThanOrEqual(100)
    const limit = await graphql(`{ initiatives(pagination: { limit: 5000 }) { slug } }`)
    expect(((limit.data as any)?.initiatives ?? []).length).toBeLessThanOrEqual(100)
  })

  it('pages REST lists by 25 by default and never more than 100', async () => {
    const byDefault = await rest('/api/support-services')
    expect(byDefault.body.meta.pagination.pageSize).toBe(25)
    const tooMany = await rest('/api/initiatives?pagination[pageSize]=5000')
    expect(tooMany.body.meta.pagination.pageSize).toBeLessThanOrEqual(100)
  })

  it('refuses aliased nested lists by the entries they may return, before running them', async () => {
    // 15 aliases × 100 initiatives × 100 pillars × 100 initiatives of each: 15 million entries.
    const alias = (index: number) => `a${index}: initiatives(pagination: { limit: 100 }) { description pillars(pagination: { limit: 100 }) { initiatives(pagination: { limit: 100 }) { description } } }`
    const started = Date.now()
    const answer = await graphql(`query Huge { ${Array.from({ length: 15 }, (_, index) => alias(index)).join(' ')} }`)
    expect(answer.status).toBe(400)
    expect(answer.errors?.[0]?.message).toMatch(new RegExp(`'Huge' may return up to \\d+ entries; the limit is ${graphqlCostLimits.maxRows}`))
    expect(answer.data ?? null).toBeNull()
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('reads page sizes from the variables', async () => {
    const query = 'query Pages($size: Int) { initiatives(pagination: { limit: $size }) { pillars(pagination: { limit: 100 }) { initiatives(pagination: { limit: 100 }) { slug } } } }'
    expect((await graphql(query, { size: 1 })).status).toBe(200)
    const big = await graphql(query, { size: 100 })
    expect(big.status).toBe(400)
    expect(big.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE')
  })

  it("lets the partner example's query through", async () => {
    const partner = 'query InitiativesOfPillar($locale: I18NLocaleCode, $pillar: String!) { initiatives(locale: $locale, filters: { pillars: { key: { eq: $pillar } } }, sort: "name:asc", pagination: { limit: 100 }) { documentId slug name summary website locale } }'
    const answer = await graphql(partner, { locale: 'en', pillar: 'prevention' })
    expect(answer.status).toBe(200)
    expect((answer.data as any).initiatives.length).toBeGreaterThan(0)
  })

  it('answers __schema once per document, and __type a few times', async () => {
    const schemas = await graphql(`query Meta { ${Array.from({ length: 64 }, (_, index) => `s${index}: __schema { types { name fields { name } } }`).join(' ')} }`)
    expect(schemas.status).toBe(400)
    expect(schemas.errors?.map((error) => error.message)).toContain(`'Meta' asks for __schema 64 times; the limit is ${graphqlLimits.maxSchemaFields}.`)
    const twice = await graphql('query Twice { __schema { queryType { name } } ...S } fragment S on Query { again: __schema { queryType { name } } }')
    expect(twice.status).toBe(400)
    const types = await graphql(`query Types { ${Array.from({ length: graphqlLimits.maxTypeFields + 1 }, (_, index) => `t${index}: __type(name: "Initiative") { name }`).join(' ')} }`)
    expect(types.errors?.map((error) => error.message)).toContain(`'Types' asks for __type ${graphqlLimits.maxTypeFields + 1} times; the limit is ${graphqlLimits.maxTypeFields}.`)
    const once = await graphql('{ __schema { queryType { name } } __type(name: "Initiative") { name } }')
    expect(once.status).toBe(200)
  })

  it('stops parsing a document with more tokens than any real query', async () => {
    const answer = await graphql(`{ pillars { ${Array.from({ length: GRAPHQL_MAX_TOKENS }).fill('key').join(' ')} } }`)
    expect(answer.status).toBe(400)
    expect(answer.errors?.[0]?.message).toMatch(/more than \d+ tokens|tokens/)
  })
})
