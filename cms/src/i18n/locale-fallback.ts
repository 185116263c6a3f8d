import { DEFAULT_LOCALE } from '@sparks/shared'
import type { Core, Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'

/**
 * The request header that asks for English wherever the requested language has nothing:
 * `X-Locale-Fallback: en`. The site sends it on every read; a partner may.
 */
export const LOCALE_FALLBACK_HEADER = 'x-locale-fallback'

type Context = Parameters<Modules.Documents.Middleware.Middleware>[0]
interface ReadParams { locale?: unknown; status?: string; filters?: unknown }

const LIST_ACTIONS = new Set(['findMany', 'count'])
const SINGLE_ACTIONS = new Set(['findOne', 'findFirst'])

/** The fallback locale the current request asks for, if any; a header naming another is a 400. */
function requestedFallback(strapi: Core.Strapi): string | undefined {
  const header = strapi.requestContext.get()?.request?.headers?.[LOCALE_FALLBACK_HEADER]
  if (header === undefined) return undefined
  if (header !== DEFAULT_LOCALE) throw new errors.ValidationError(`${LOCALE_FALLBACK_HEADER} accepts only "${DEFAULT_LOCALE}" (the default language)`)
  return header
}

/** Per request: a list and its count (a GraphQL connection) ask for the same documents once. */
const publishedInByRequest = new WeakMap<object, Map<string, Promise<string[]>>>()

/** Documents of `uid` that have a published version in `locale`. */
function documentsPublishedIn(strapi: Core.Strapi, uid: Context['uid'], locale: string): Promise<string[]> {
  const request = strapi.requestContext.get() as object | undefined
  const known = request ? publishedInByRequest.get(request) ?? publishedInByRequest.set(request, new Map()).get(request)! : new Map<string, Promise<string[]>>()
  const key = `${uid} ${locale}`
  const found = known.get(key)
  if (found) return found
  const ids = strapi.db.query(uid).findMany({ select: ['documentId'], where: { locale, publishedAt: { $notNull: true } } }).then((rows) => [...new Set((rows as Array<{ documentId: string }>).map((row) => row.documentId))])
  known.set(key, ids)
  return ids
}

/**
 * Published reads with `X-Locale-Fallback: en` answer in the requested language where a
 * document has a published version in it, and in English where it has not, in one list: a
 * list (and its count, so paging agrees) is the requested language's rows plus the English
 * rows of the documents that have none, filtered, sorted and paged together by the database.
 * A single entry (a single type, or one document) missing in the language is its English
 * version. Each row keeps its own `locale`, so a client can mark what is shown in English.
 * Without the header nothing changes: a partner asking for German gets German only.
 */
export function localeFallback(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const params = context.params as ReadParams
    const listing = LIST_ACTIONS.has(context.action)
    if (!listing && !SINGLE_ACTIONS.has(context.action)) return next()
    if (params.status !== 'published' || typeof params.locale !== 'string' || params.locale === '*') return next()
    if (!strapi.plugin('i18n').service('content-types').isLocalizedContentType(context.contentType)) return next()
    const fallback = requestedFallback(strapi)
    if (!fallback || params.locale === fallback) return next()

    if (!listing) {
      const found = await next()
      if (found) return found
      params.locale = fallback
      return next()
    }
    const translated = await documentsPublishedIn(strapi, context.uid, params.locale)
    const inLanguage = { locale: params.locale }
    const inFallback = { locale: fallback, ...(translated.length > 0 ? { documentId: { $notIn: translated } } : {}) }
    params.filters = { $and: [params.filters ?? {}, { $or: [inLanguage, inFallback] }] }
    params.locale = '*'
    return next()
  }
}
