import { queries } from '@sparks/shared/graphql'
import { DEFAULT_LOCALE } from '@sparks/shared'
import { browserVariables, isBrowserOperation } from '../../utils/cms-operation-variables'
import { allowCmsRead } from '../../utils/cms-read-rate-limit'
import type { CmsAnswer } from '~~/shared/cms-answer'
import { wantsOnlyMyLanguage } from '~~/shared/only-my-language'

/**
 * The site's one way into the CMS: runs a shared, named query (never a query the browser wrote)
 * with the variables its page sends, checked against what that page may send
 * (cms-operation-variables.ts), so many times a minute per visitor (cms-read-rate-limit.ts).
 * The CMS answers in English where the visitor's language has no version (lists merge both; see
 * cms/src/i18n/locale-fallback.ts); a page's own entry shown in English is flagged `fallback`.
 * With `onlyMyLanguage=1` the visitor asked for their language only; a page-by-slug query
 * (`fallback=1`) then still falls back rather than answer 404.
 * Rich-text fields come back as HTML (see renderMarkdownFields).
 */
export default defineEventHandler(async (event): Promise<CmsAnswer<unknown> | string> => {
  const name = getRouterParam(event, 'operation')
  if (!isBrowserOperation(name)) throw createError({ statusCode: 404, statusMessage: `Unknown query "${name}"` })
  const limit = await allowCmsRead(event)
  if (!limit.allowed) {
    setResponseHeader(event, 'retry-after', limit.retryAfter)
    throw createError({ statusCode: 429, statusMessage: 'Too many requests: try again in a minute' })
  }

  const query = getQuery(event)
  let sent: Record<string, unknown>
  try {
    const raw = typeof query.variables === 'string' ? query.variables : '{}'
    if (raw.length > 4096) throw new Error('too long')
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    sent = parsed as Record<string, unknown>
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'variables must be a JSON object (at most 4 KB)' })
  }
  const { locale: sentLocale, ...pageVariables } = sent
  const variables = { ...browserVariables(name, pageVariables), locale: sentLocale }

  const document = queries[name] as Parameters<typeof cmsQuery>[0]
  const locale = localeParam(variables.locale)
  const fallback = query.fallback === '1'
  const onlyLanguage = wantsOnlyMyLanguage(query)
  // An editor's preview: drafts, never stored by anyone.
  const previewToken = typeof query.preview === 'string' && query.preview.length <= 512 ? query.preview : undefined
  if (previewToken) {
    setResponseHeader(event, 'cache-control', 'private, no-store')
    return answer(document, { ...variables, locale }, { fallback, onlyLanguage, previewToken })
  }
  setResponseHeader(event, 'content-type', 'application/json')
  return cachedCmsAnswer(JSON.stringify([name, { ...variables, locale }, fallback, onlyLanguage]), async () => JSON.stringify(await answer(document, { ...variables, locale }, { fallback, onlyLanguage })))
})

interface AnswerOptions { fallback: boolean; onlyLanguage: boolean; previewToken?: string }

async function answer(document: Parameters<typeof cmsQuery>[0], variables: Record<string, unknown> & { locale: string }, options: AnswerOptions): Promise<CmsAnswer<unknown>> {
  const { previewToken, onlyLanguage } = options
  const data = await cmsQuery(document, variables, { previewToken, onlyLanguage })
  if (options.fallback && variables.locale !== DEFAULT_LOCALE && isEmptyLookup(data)) {
    const english = await cmsQuery(document, { ...variables, locale: DEFAULT_LOCALE }, { previewToken })
    return { data: renderMarkdownFields(english), locale: DEFAULT_LOCALE, fallback: true }
  }
  const shownIn = mainEntryLocale(data, options.fallback)
  const inFallback = shownIn !== undefined && shownIn !== variables.locale
  return { data: renderMarkdownFields(data), locale: inFallback ? shownIn : variables.locale, fallback: inFallback }
}

/**
 * The language of the page's own entry: a single type's (the first root is an object), or the
 * entry a by-slug query found. Lists have no language of their own.
 */
function mainEntryLocale(data: unknown, bySlug: boolean): string | undefined {
  const first = Object.values(data as Record<string, unknown>)[0]
  const entry = Array.isArray(first) ? (bySlug ? first[0] : undefined) : first
  const locale = (entry as { locale?: unknown } | null | undefined)?.locale
  return typeof locale === 'string' ? locale : undefined
}

/** A by-slug query's answer is one root list; empty means "not in this language". */
function isEmptyLookup(data: unknown): boolean {
  const roots = Object.values(data as Record<string, unknown>)
  return roots.length === 1 && Array.isArray(roots[0]) && roots[0].length === 0
}
