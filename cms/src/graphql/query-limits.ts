import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

export interface QueryLimits {
  /** Levels of fields, a root field being level 1: `{ a { b } }` is 2 deep. */
  maxDepth: number
  /** Aliased fields in one document: aliases multiply the work of one request. */
  maxAliases: number
  /** Fields selected in one document, fragments expanded: a rough cost. */
  maxFields: number
  /** `__schema` selections: each answers the whole schema (tens of kB), aliases repeat it. */
  maxSchemaFields: number
  /** `__type(name:)` selections. */
  maxTypeFields: number
}

export const graphqlLimits: QueryLimits = { maxDepth: 8, maxAliases: 15, maxFields: 400, maxSchemaFields: 1, maxTypeFields: 5 }

/** Tokens the GraphQL parser reads before it gives up (the site's largest document has about 600). */
export const GRAPHQL_MAX_TOKENS = 2000

interface Measure {
  depth: number
  aliases: number
  fields: number
  schemaFields: number
  typeFields: number
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
  visiting: Set<string>,
): Measure {
  const total: Measure = { depth, aliases: 0, fields: 0, schemaFields: 0, typeFields: 0 }
  for (const selection of selectionSet.selections) {
    let inner: Measure | undefined
    if (selection.kind === Kind.FIELD) {
      // Introspection is not counted as fields or depth (the standard introspection query is
      // deep), but how often the schema is asked for is.
      if (selection.name.value === '__schema') total.schemaFields += 1
      if (selection.name.value === '__type') total.typeFields += 1
      if (selection.name.value.startsWith('__')) continue
      total.fields += 1
      if (selection.alias) total.aliases += 1
      total.depth = Math.max(total.depth, depth + 1)
      if (selection.selectionSet) inner = measure(selection.selectionSet, fragments, depth + 1, visiting)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, depth, visiting)
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      // A fragment spreading itself is reported by graphql's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue
      visiting.add(name)
      inner = measure(fragment.selectionSet, fragments, depth, visiting)
      visiting.delete(name)
    }
    if (inner) {
      total.depth = Math.max(total.depth, inner.depth)
      total.aliases += inner.aliases
      total.fields += inner.fields
      total.schemaFields += inner.schemaFields
      total.typeFields += inner.typeFields
    }
  }
  return total
}

/** One validation rule for depth, aliases, field count and introspection, so a single request stays cheap. */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument()
    const fragments: Record<string, FragmentDefinitionNode> = {}
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
    }
    return {
      OperationDefinition(operation) {
        const name = operation.name?.value ?? 'anonymous operation'
        const { depth, aliases, fields, schemaFields, typeFields } = measure(operation.selectionSet, fragments, 0, new Set())
        if (depth > limits.maxDepth) {
          context.reportError(new GraphQLError(`'${name}' is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`, { nodes: [operation] }))
        }
        if (aliases > limits.maxAliases) {
          context.reportError(new GraphQLError(`'${name}' uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, { nodes: [operation] }))
        }
        if (fields > limits.maxFields) {
          context.reportError(new GraphQLError(`'${name}' selects ${fields} fields; the limit is ${limits.maxFields}.`, { nodes: [operation] }))
        }
        if (schemaFields > limits.maxSchemaFields) {
          context.reportError(new GraphQLError(`'${name}' asks for __schema ${schemaFields} times; the limit is ${limits.maxSchemaFields}.`, { nodes: [operation] }))
        }
        if (typeFields > limits.maxTypeFields) {
          context.reportError(new GraphQLError(`'${name}' asks for __type ${typeFields} times; the limit is ${limits.maxTypeFields}.`, { nodes: [operation] }))
        }
      },
    }
  }
}
