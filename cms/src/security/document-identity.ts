import type { Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'

const WRITES = new Set(['create', 'update', 'clone'])

/**
 * Which document a write changes is the route's (`params.documentId`), never the body's. Strapi
 * writes `data.documentId` as it comes, so a contributor's update of their own initiative with
 * another initiative's documentId moved their row into that document, and took it over (issue
 * 13); a create with an existing documentId added a version to someone else's document.
 * On every write of every type a body's `documentId` that names another document is a 400, and
 * `documentId` and `id` are dropped from the data before it is written.
 */
export function documentIdentityFromRoute(): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!WRITES.has(context.action)) return next()
    const params = context.params as { documentId?: unknown; data?: Record<string, unknown> }
    const data = params.data
    if (!data || typeof data !== 'object') return next()
    if ('documentId' in data && data.documentId !== undefined && data.documentId !== null) {
      const named = context.action !== 'create' && data.documentId === params.documentId
      if (!named) throw new errors.ValidationError('documentId: the document a write changes is the one in its address; the body cannot name another.')
    }
    const { documentId: _documentId, id: _id, ...rest } = data
    params.data = rest
    return next()
  }
}
