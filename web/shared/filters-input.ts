import type { queries } from '@sparks/shared/graphql'
import type { VariablesOf } from 'gql.tada'

type Queries = typeof queries

/**
 * The `filters` a shared query takes, typed from the schema (`InitiativeFiltersInput`,
 * `ResourceFiltersInput`, …): a misspelt field or operator in a filter builder is a type error,
 * not a 400 from the CMS at run time.
 */
export type FiltersOf<Name extends keyof Queries> = NonNullable<VariablesOf<Queries[Name]> extends { filters?: infer Filters } ? Filters : never>
