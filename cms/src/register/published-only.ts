import type { Core, Modules } from '@strapi/strapi'

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

export function publishedOnlyForContentApi(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next()
    const request = strapi.requestContext.get()
    const isContentApi = request?.state?.route?.info?.type === 'content-api'
    if (isContentApi && context.contentType.options?.draftAndPublish && !mayReadDrafts(request.state.auth)) {
      const params = context.params as { status?: string; hasPublishedVersion?: unknown; publicationFilter?: unknown }
      params.status = 'published'
      delete params.hasPublishedVersion
      delete params.publicationFilter
    }
    return next()
  }
}
