import { timingSafeEqual } from 'node:crypto'
import type { Core, Modules } from '@strapi/strapi'
import { isValidPreview, PREVIEW_HEADER, previewedDocument } from '../editorial/preview'

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count'])

interface RequestAuth {
  strategy?: { name?: string }
  credentials?: { type?: string }
}

/**
 * Only a full-access API token (the site's preview, for instance) may read drafts through the
 * content API; everyone else, anonymous or read-only token, gets the published version whatever
 * `status` they ask for. Strapi's default lets anonymous `?status=draft` through.
 */
function mayReadDrafts(auth: RequestAuth | undefined): boolean {
  return auth?.strategy?.name === 'api-token' && auth.credentials?.type === 'full-access'
}

const isSite = (given: string) => {
  const expected = process.env.SITE_API_KEY ?? ''
  return expected.length >= 16 && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

/** The site's server, rendering an editor's preview link (signed, short-lived token from the admin). */
function isSitePreview(strapi: Core.Strapi, headers: Record<string, string | string[] | undefined>): boolean {
  const token = headers[PREVIEW_HEADER]
  return isSite(String(headers['x-sparks-site-key'] ?? '')) && typeof token === 'string' && isValidPreview(strapi, token)
}

/** A content-API reader who may see drafts: a full-access token, or the site rendering a preview. */
export function contentApiReaderMayReadDrafts(strapi: Core.Strapi, request: { request: { headers: Record<string, string | string[] | undefined> }; state: { auth?: RequestAuth } }): boolean {
  return mayReadDrafts(request.state.auth) || isSitePreview(strapi, request.request.headers)
}

type Context = Parameters<Modules.Documents.Middleware.Middleware>[0]
type Next = Parameters<Modules.Documents.Middleware.Middleware>[1]
interface ReadParams { status?: string; documentId?: string; filters?: unknown; hasPublishedVersion?: unknown; publicationFilter?: unknown }
interface Doc { documentId?: string }

/**
 * A preview token shows the draft of its own entry and nothing else: every other document,
 * in the same list or in another type, is read published. A list that contains the entry gets
 * its draft in the entry's place (or first, when only the draft matches the filters).
 */
async function readWithPreview(context: Context, next: Next, documentId: string): Promise<unknown> {
  const params = context.params as ReadParams
  delete params.hasPublishedVersion
  delete params.publicationFilter
  if (context.action === 'findOne') {
    params.status = params.documentId === documentId ? 'draft' : 'published'
    return next()
  }
  const original = { ...params }
  params.status = 'published'
  const published = await next()
  if (context.action === 'count') return published
  Object.assign(params, { status: 'draft', filters: { $and: [original.filters ?? {}, { documentId }] } })
  const draft = await next()
  Object.assign(params, original)
  const draftEntry = (Array.isArray(draft) ? draft[0] : draft) as Doc | null | undefined
  if (!draftEntry) return published
  if (!Array.isArray(published)) return draftEntry
  const at = (published as Doc[]).findIndex((entry) => entry.documentId === documentId)
  return at >= 0 ? (published as Doc[]).map((entry, index) => (index === at ? draftEntry : entry)) : [draftEntry, ...(published as Doc[])]
}

export function publishedOnlyForContentApi(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next()
    const request = strapi.requestContext.get()
    const isContentApi = request?.state?.route?.info?.type === 'content-api'
    if (isContentApi && context.contentType.options?.draftAndPublish && isSitePreview(strapi, request.request.headers)) {
      return readWithPreview(context, next, previewedDocument(strapi, String(request.request.headers[PREVIEW_HEADER]))!) as ReturnType<Next>
    }
    if (isContentApi && context.contentType.options?.draftAndPublish && !mayReadDrafts(request.state.auth)) {
      const params = context.params as { status?: string; hasPublishedVersion?: unknown; publicationFilter?: unknown }
      params.status = 'published'
      delete params.hasPublishedVersion
      delete params.publicationFilter
    }
    return next()
  }
}
