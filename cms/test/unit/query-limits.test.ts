import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { queryLimitsRule } from '../../src/graphql/query-limits'

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID, child: Node, name: String }
`)
const limits = { maxDepth: 3, maxAliases: 2, maxFields: 6 }
const errorsOf = (query: string) => validate(schema, parse(query), [queryLimitsRule(limits)]).map((error) => error.message)

describe('queryLimitsRule', () => {
  it('lets a query within every limit through', () => {
    expect(errorsOf('query Ok { node { child { name } } }')).toEqual([])
  })

  it('refuses nesting past the depth limit, also when hidden in fragments', () => {
    expect(errorsOf('query Deep { node { child { child { name } } } }')).toEqual([`'Deep' is nested 4 levels deep; the limit is 3.`])
    expect(errorsOf('query Deep { node { ...F } } fragment F on Node { child { child { id } } }')).toEqual([`'Deep' is nested 4 levels deep; the limit is 3.`])
  })

  it('refuses too many aliases', () => {
    expect(errorsOf('query Many { a: node { id } b: node { id } c: node { id } }')).toEqual([`'Many' uses 3 aliases; the limit is 2.`])
  })

  it('counts fields across fragments and refuses a query selecting too many', () => {
    const query = 'query Wide { node { ...F child { ...F } } } fragment F on Node { id name child { id } }'
    expect(errorsOf(query)).toContain(`'Wide' selects 10 fields; the limit is 6.`)
  })

  it('ignores introspection fields', () => {
    expect(errorsOf('query Meta { __typename node { __typename id } }')).toEqual([])
  })
})
