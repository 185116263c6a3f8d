import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql'
import { describe, expect, it } from 'vitest'
import { estimatedRows } from '../../src/graphql/query-cost'

const schema = buildSchema(`
  input PaginationArg { limit: Int, pageSize: Int, page: Int }
  type Query { items(pagination: PaginationArg): [Item]!, item: Item, items_connection(pagination: PaginationArg): ItemCollection }
  type ItemCollection { nodes: [Item!]!, pageInfo: PageInfo! }
  type PageInfo { total: Int }
  type Item { name: String, children(pagination: PaginationArg): [Item]!, tags: [Tag], parent: Item }
  type Tag { name: String }
`)
const limits = { maxRows: 1_000_000, defaultPageSize: 25, maxPageSize: 100 }
const rows = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query)
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode
  return estimatedRows(schema, document, operation, variables, limits)
}

describe('estimatedRows', () => {
  it('counts a list as its page size: 25 by default, at most 100', () => {
    expect(rows('{ items { name } }')).toBe(25)
    expect(rows('{ items(pagination: { limit: 3 }) { name } }')).toBe(3)
    expect(rows('{ items(pagination: { pageSize: 5000 }) { name } }')).toBe(100)
    expect(rows('{ items(pagination: { limit: -1 }) { name } }')).toBe(100)
    expect(rows('{ item { name parent { name } } }')).toBe(2)
  })

  it('multiplies page sizes down the tree and adds aliases up', () => {
    expect(rows('{ items(pagination: { limit: 10 }) { children(pagination: { limit: 10 }) { name } } }')).toBe(10 + 100)
    expect(rows('{ a: items(pagination: { limit: 10 }) { children { name } } b: items { name } }')).toBe(10 + 250 + 25)
    // A list without a page size of its own counts as a full page.
    expect(rows('{ item { tags { name } } }')).toBe(1 + 100)
  })

  it('reads page sizes from variables and their defaults', () => {
    const query = 'query Q($size: Int = 7, $p: PaginationArg) { a: items(pagination: { limit: $size }) { name } b: items(pagination: $p) { name } }'
    expect(rows(query)).toBe(7 + 25)
    expect(rows(query, { size: 2, p: { pageSize: 50 } })).toBe(2 + 50)
  })

  it("carries a connection's page size to its nodes, through fragments", () => {
    expect(rows('{ items_connection(pagination: { pageSize: 4 }) { nodes { ...F } pageInfo { total } } } fragment F on Item { children(pagination: { limit: 2 }) { name } }')).toBe(1 + 4 + 8 + 1)
  })
})
