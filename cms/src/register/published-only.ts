import { timingSafeEqual } from 'node:crypto'
import type { Core, Modules } from '@strapi/strapi'
import { isValidPreview, PREVIEW_HEADER } from '../editorial/preview'

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

export function publishedOnlyForContentApi(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next()
    const request = strapi.requestContext.get()
    const isContentApi = request?.state?.route?.info?.type === 'content-api'
    if (isContentApi && context.contentType.options?.draftAndPublish && isSitePreview(strapi, request.request.headers)) {
      (context.params as { status?: string }).status = 'draft'
      return next()
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
