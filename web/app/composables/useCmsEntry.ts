import type { QueryName, QueryResult, QueryVariables } from './useCms'

/** The shared queries that look one entry up by its slug. */
type BySlugQuery = { [Name in QueryName]: QueryVariables<Name> extends { slug: string } ? Name : never }[QueryName]

/**
 * The entry a `/<section>/<slug>` page shows: in the visitor's language, or in English with the
 * answer flagged as a fallback, and a 404 when it exists in neither.
 */
/** What every entry page's query asks for, so the head can name the entry's real languages. */
interface Translated { locale?: string | null; localizations?: ReadonlyArray<{ locale?: string | null } | null> | null }

export async function useCmsEntry<Name extends BySlugQuery, Entry extends Translated>(kind: string, name: Name, pick: (data: QueryResult<Name>) => Entry | null | undefined) {
  const route = useRoute()
  // Before the first await: after it, the Nuxt instance is no longer at hand.
  const entryLanguages = useEntryLanguages()
  const slug = String(route.params.slug)
  // TypeScript cannot see through the mapped type that `slug` is all a by-slug query needs.
  const variables = { slug } as unknown as QueryVariables<Name>
  const { data: answer } = await useCms(`${kind}:${slug}`, name, variables, { fallback: true })
  const found = answer.value ? pick(answer.value.data) : undefined
  if (!found) throw createError({ statusCode: 404, statusMessage: `No ${kind} "${slug}"`, fatal: true })
  const languages = [found.locale, ...(found.localizations ?? []).map((translation) => translation?.locale)].filter((code): code is string => Boolean(code))
  entryLanguages.value[route.path] = [...new Set(languages)]
  return { answer, entry: computed(() => pick(answer.value!.data)!) }
}
