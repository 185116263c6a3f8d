import { initGraphQLTada } from 'gql.tada'
import type { introspection } from './graphql-env.js'

/**
 * The one `graphql()` of the project: documents written with it are typed from the committed
 * schema (schema.graphql → graphql-env.d.ts), so result and variable types never drift from the CMS.
 * Masking is off: a fragment's fields are readable wherever it is spread.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection
  disableMasking: true
  scalars: {
    Date: string
    DateTime: string
    JSON: unknown
    Long: number
    I18NLocaleCode: string
  }
}>()

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada'
