import { describe, expect, it } from 'vitest'
import { graphql, rest } from '../support/clients.ts'
import { graphqlLimits } from '../../src/graphql/query-limits'

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
    const fields = Array.from({ length: graphqlLimits.maxFields + 1 }, () => 'name').join(' ')
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
})
