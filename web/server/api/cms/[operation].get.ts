import { queries } from '@sparks/shared/graphql'
import { DEFAULT_LOCALE } from '@sparks/shared'
import type { CmsAnswer } from '~~/shared/cms-answer'

type OperationName = keyof typeof queries

const isOperation = (name: string | undefined): name is OperationName => name !== undefined && Object.hasOwn(queries, name)

/**
 * The site's one way into the CMS: runs a shared, named query (never a query the browser wrote)
 * with the visitor's variables. With `fallback=1`, a page-by-slug query that finds nothing in the
 * visitor's language is answered in English, and the answer says so. Rich-text fields come
 * back as HTML (see renderMarkdownFields).
 */
export default defineEventHandler(async (event): Promise<CmsAnswer<unknown> | string> => {
  const name = getRouterParam(event, 'operation')
  if (!isOperation(name)) throw createError({ statusCode: 404, statusMessage: `Unknown query "${name}"` })

  const query = getQuery(event)
  let variables: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(typeof query.variables === 'string' ? query.variables : '{}')
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    variables = parsed as Record<string, unknown>
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'variables must be a JSON object' })
  }

  const document = queries[name] as Parameters<typeof cmsQuery>[0]
  const locale = localeParam(variables.locale)
  const fallback = query.fallback === '1'
  // An editor's preview: drafts, never stored by anyone.
  const previewToken = typeof query.preview === 'string' && query.preview.length <= 512 ? query.preview : undefined
  if (previewToken) {
    setResponseHeader(event, 'cache-control', 'private, no-store')
    return answer(document, { ...variables, locale }, fallback, previewToken)
  }
  setResponseHeader(event, 'content-type', 'application/json')
  return cachedCmsAnswer(JSON.stringify([name, { ...variables, locale }, fallback]), async () => JSON.stringify(await answer(document, { ...variables, locale }, fallback)))
})

async function answer(document: Parameters<typeof cmsQuery>[0], variables: Record<string, unknown> & { locale: string }, fallback: boolean, previewToken?: string): Promise<CmsAnswer<unknown>> {
  const data = await cmsQuery(document, variables, { previewToken })
  if (fallback && variables.locale !== DEFAULT_LOCALE && isEmptyLookup(data)) {
    const english = await cmsQuery(document, { ...variables, locale: DEFAULT_LOCALE }, { previewToken })
    return { data: renderMarkdownFields(english), locale: DEFAULT_LOCALE, fallback: true }
  }
  return { data: renderMarkdownFields(data), locale: variables.locale, fallback: false }
}

/** A by-slug query's answer is one root list; empty means "not in this language". */
function isEmptyLookup(data: unknown): boolean {
  const roots = Object.values(data as Record<string, unknown>)
  return roots.length === 1 && Array.isArray(roots[0]) && roots[0].length === 0
}
