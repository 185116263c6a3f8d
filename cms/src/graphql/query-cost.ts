import type { ApolloServerPlugin } from '@apollo/server'
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'

export interface CostLimits {
  /** Entries (rows) one request may ask for, estimated from the page sizes down the tree. */
  maxRows: number
  /** A list's page size when the query sets none (the plugin's `defaultLimit`). */
  defaultPageSize: number
  /** The largest page size a list answers (the plugin's `maxLimit`). */
  maxPageSize: number
}

/**
 * The site's largest document, SupportServicesQuery, may return about 40,000 entries (100
 * services with four lists of 100 each); nesting lists in lists, or aliasing a big list, passes
 * the limit quickly. The page sizes are the plugin's (config/plugins.ts).
 */
export const graphqlCostLimits: CostLimits = { maxRows: 50_000, defaultPageSize: 25, maxPageSize: 100 }

type Variables = Record<string, unknown>

/** The page size a `pagination: { limit | pageSize }` argument asks for, as Strapi clamps it. */
function pageSizeOf(field: FieldNode, variables: Variables, limits: CostLimits): number {
  const argument = field.arguments?.find((candidate) => candidate.name.value === 'pagination')
  const pagination = argument ? valueFromASTUntyped(argument.value, variables) as Record<string, unknown> | null | undefined : undefined
  const asked = pagination?.limit ?? pagination?.pageSize
  if (asked === undefined || asked === null) return limits.defaultPageSize
  const size = Number(asked)
  // -1 ("everything") and anything odd are counted as the largest page Strapi gives.
  return Number.isInteger(size) && size > 0 ? Math.min(size, limits.maxPageSize) : limits.maxPageSize
}

const takesPagination = (definition: GraphQLField<unknown, unknown>) => definition.args.some((arg) => arg.name === 'pagination')

/**
 * The entries an operation may return, before it runs: each list field returns up to its page
 * size for every entry above it, so page sizes multiply down the tree; aliases add up. A
 * `…_connection` field carries its page size to its `nodes`. A list without a page size of its
 * own counts as a full page. Fields the schema does not know are left to validation.
 */
export function estimatedRows(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, givenVariables: Variables, limits: CostLimits): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const variables: Variables = {}
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variables[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue)
  }
  Object.assign(variables, givenVariables)

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, above: number, carriedPage: number | undefined, visiting: Set<string>): number => {
    let rows = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent
        if (type && isCompositeType(type)) rows += walk(selection.selectionSet, type, above, carriedPage, visiting)
        continue
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)
        const type = fragment && schema.getType(fragment.typeCondition.name.value)
        if (!fragment || !type || !isCompositeType(type) || visiting.has(fragment.name.value)) continue
        visiting.add(fragment.name.value)
        rows += walk(fragment.selectionSet, type, above, carriedPage, visiting)
        visiting.delete(fragment.name.value)
        continue
      }
      if (!selection.selectionSet || selection.name.value.startsWith('__')) continue
      const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined
      if (!definition) continue
      const type = getNamedType(definition.type)
      if (!isCompositeType(type)) continue
      const page = takesPagination(definition) ? pageSizeOf(selection, variables, limits) : undefined
      const isList = isListType(getNullableType(definition.type))
      const count = isList ? above * (page ?? carriedPage ?? limits.maxPageSize) : above
      rows += count + walk(selection.selectionSet, type, count, isList ? undefined : page, visiting)
    }
    return rows
  }

  const root = schema.getRootType(operation.operation)
  return root ? walk(operation.selectionSet, root, 1, undefined, new Set()) : 0
}

/**
 * Refuses, with a 400 before anything runs, an operation that may return more entries than
 * `maxRows`. It runs once the operation is known, with the request's variables, because a page
 * size is often a variable. Depth, aliases and field counts are checked earlier (query-limits.ts).
 */
export function queryCostPlugin(limits: CostLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return
          const rows = estimatedRows(schema, document, operation, request.variables ?? {}, limits)
          if (rows <= limits.maxRows) return
          const name = operation.name?.value ?? 'anonymous operation'
          throw new GraphQLError(
            `'${name}' may return up to ${rows} entries; the limit is ${limits.maxRows}. Ask for smaller pages (pagination: { limit }), fewer nested lists or fewer aliases.`,
            { extensions: { code: 'QUERY_TOO_EXPENSIVE', http: { status: 400 } } },
          )
        },
      }
    },
  }
}
