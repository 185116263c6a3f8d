import type { Core } from '@strapi/strapi'
import { publishedRelationsPopulate, publishedRelationsWhere, refuseRelationSort, type RelationModel } from '../security/published-relations'
import { contentApiReaderMayReadDrafts } from './published-only'

interface QueryEvent {
  model: { uid: string }
  params: { where?: unknown; orderBy?: unknown; populate?: unknown }
}
interface RelationAttribute { type?: string; target?: string }

function relationModel(strapi: Core.Strapi): RelationModel {
  return {
    targetOf(uid, key) {
      const attribute = strapi.db.metadata.get(uid)?.attributes[key] as RelationAttribute | undefined
      return attribute?.type === 'relation' && typeof attribute.target === 'string' ? attribute.target : undefined
    },
    hasDrafts(uid) {
      return (strapi.getModel(uid as never) as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish === true
    },
  }
}

/** The content-API reads that see published content only: anonymous visitors and partner tokens. */
function readsPublishedOnly(strapi: Core.Strapi): boolean {
  const request = strapi.requestContext.get()
  if (request?.state?.route?.info?.type !== 'content-api') return false
  // GraphQL is read-only (no mutations in the schema); on REST only reads are rewritten, so the
  // forms' own writes and look-ups run as written.
  const isRead = ['GET', 'HEAD'].includes(request.method) || request.path === '/graphql'
  return isRead && !contentApiReaderMayReadDrafts(strapi, request)
}

/**
 * Strapi's status filter covers the rows a query returns, not the rows its filters and sorts
 * join: `filters[organisations][name][$startsWith]=…` or `filters[localizations][summary]…`
 * matched draft rows, draft edits and unpublished locales, an oracle for unpublished text.
 * Every query the database runs for such a read (the document service's, and GraphQL's relation
 * loads, which bypass it) is rewritten at the last step before SQL, whatever built it.
 */
export function publishedRelationsForContentApi(strapi: Core.Strapi): void {
  const model = relationModel(strapi)
  const constrain = (event: QueryEvent) => {
    if (!readsPublishedOnly(strapi)) return
    const { uid } = event.model
    const { params } = event
    if (params.where !== undefined) params.where = publishedRelationsWhere(model, uid, params.where)
    if (params.orderBy !== undefined) refuseRelationSort(model, uid, params.orderBy)
    if (params.populate !== undefined) params.populate = publishedRelationsPopulate(model, uid, params.populate)
  }
  strapi.db.lifecycles.subscribe({
    beforeFindOne: constrain as never,
    beforeFindMany: constrain as never,
    beforeCount: constrain as never,
  })
}
