import type { QueryName, QueryResult, QueryVariables } from './useCms'

/** The shared queries that look one entry up by its slug. */
type BySlugQuery = { [Name in QueryName]: QueryVariables<Name> extends { slug: string } ? Name : never }[QueryName]

/**
 * The entry a `/<section>/<slug>` page shows: in the visitor's language, or in English with the
 * answer flagged as a fallback, and a 404 when it exists in neither.
 */
export async function useCmsEntry<Name extends BySlugQuery, Entry>(kind: string, name: Name, pick: (data: QueryResult<Name>) => Entry | null | undefined) {
  const slug = String(useRoute().params.slug)
  // TypeScript cannot see through the mapped type that `slug` is all a by-slug query needs.
  const variables = { slug } as unknown as QueryVariables<Name>
  const { data: answer } = await useCms(`${kind}:${slug}`, name, variables, { fallback: true })
  if (!answer.value || !pick(answer.value.data)) throw createError({ statusCode: 404, statusMessage: `No ${kind} "${slug}"`, fatal: true })
  return { answer, entry: computed(() => pick(answer.value!.data)!) }
}
