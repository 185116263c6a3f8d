import { Kind, type OperationDefinitionNode } from 'graphql'
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as documents from '../src/graphql/queries.js'
import type { ResultOf, VariablesOf } from '../src/graphql/graphql.js'

describe('shared GraphQL documents', () => {
  it('are named queries only: the public API is read-only', () => {
    const operations = Object.entries(documents).map(([name, document]) => {
      const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      return { name, operation: operation?.operation, operationName: operation?.name?.value }
    })
    expect(operations.length).toBeGreaterThanOrEqual(15)
    for (const { name, operation, operationName } of operations) {
      expect(operation, name).toBe('query')
      expect(`${operationName}Query`, name).toBe(name)
    }
  })

  it('type results and variables from the schema', () => {
    type Directory = ResultOf<typeof documents.InitiativeDirectoryQuery>
    type Card = NonNullable<NonNullable<Directory['initiatives_connection']>['nodes'][number]>
    expectTypeOf<Card['projectStatus']>().toEqualTypeOf<'planned' | 'ongoing' | 'completed'>()
    expectTypeOf<Card['name']>().toEqualTypeOf<string>()
    expectTypeOf<VariablesOf<typeof documents.InitiativeBySlugQuery>['slug']>().toEqualTypeOf<string>()
    // @ts-expect-error a field the schema does not have is a type error, not undefined at run time
    type _Missing = Card['notAField']
  })
})
