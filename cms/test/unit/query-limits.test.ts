import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { queryLimitsRule } from '../../src/graphql/query-limits'

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID, child: Node, name: String }
`)
const limits = { maxDepth: 3, maxAliases: 2, maxFields: 6, maxSchemaFields: 1, maxTypeFields: 2 }
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

  it('ignores introspection fields for depth and field counts', () => {
    expect(errorsOf('query Meta { __typename node { __typename id } }')).toEqual([])
    expect(errorsOf('query Meta { __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([])
  })

  it('counts __schema and __type selections, through aliases and fragments', () => {
    expect(errorsOf('query Twice { a: __schema { queryType { name } } ...S } fragment S on Query { b: __schema { queryType { name } } }')).toEqual([`'Twice' asks for __schema 2 times; the limit is 1.`])
    expect(errorsOf('query Types { a: __type(name: "Node") { name } b: __type(name: "Query") { name } c: __type(name: "ID") { name } }')).toContain(`'Types' asks for __type 3 times; the limit is 2.`)
  })
})
