import type { queries } from '@sparks/shared/graphql'
import type { ResultOf, VariablesOf } from 'gql.tada'
import type { CmsAnswer } from '~~/shared/cms-answer'
import { ONLY_MY_LANGUAGE_PARAM, wantsOnlyMyLanguage } from '~~/shared/only-my-language'

type Queries = typeof queries
export type QueryName = keyof Queries
export type QueryResult<Name extends QueryName> = ResultOf<Queries[Name]>
export type QueryVariables<Name extends QueryName> = Omit<VariablesOf<Queries[Name]>, 'locale'>

interface CmsOptions {
  /** Answer in English, flagged, when the visitor's language has nothing (pages by slug). */
  fallback?: boolean
  /** Ask only while this holds (a search with too short a text asks nothing): the data is null. */
  enabled?: () => boolean
}

/**
 * Loads one shared query through the site's server, in the current language, under `key`.
 * Only the query's name travels: the documents stay on the server, out of the browser bundle.
 * A CMS that cannot answer is an error page (502), never an empty page or a false 404.
 * Lists include English entries where the language has none, unless the page's URL says
 * `?onlyMyLanguage=1` (see ContentLanguageToggle).
 */
export async function useCms<Name extends QueryName>(key: string, name: Name, variables: MaybeRefOrGetter<QueryVariables<Name>>, options: CmsOptions = {}) {
  const { locale } = useI18n()
  const preview = usePreviewToken()
  const onlyLanguage = wantsOnlyMyLanguage(useRoute().query)
  const result = await useAsyncData(
    `${key}:${locale.value}${preview ? ':preview' : ''}${onlyLanguage ? ':only' : ''}`,
    async () => (options.enabled && !options.enabled())
      ? null
      : $fetch<CmsAnswer<QueryResult<Name>>>(`/api/cms/${name}`, {
          query: { variables: JSON.stringify({ ...toValue(variables), locale: locale.value }), ...(options.fallback ? { fallback: '1' } : {}), ...(onlyLanguage ? { [ONLY_MY_LANGUAGE_PARAM]: '1' } : {}), ...(preview ? { preview } : {}) },
        }),
    { watch: [() => toValue(variables)] },
  )
  if (result.error.value) {
    throw createError({ statusCode: result.error.value.statusCode ?? 502, statusMessage: 'The content service did not answer', fatal: true })
  }
  return result
}
