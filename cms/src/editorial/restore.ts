import type { Core, Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { AUDIT, TRASH } from './audit'
import { currentAdminUser } from './contributors'

export const RESTORE_DAYS = 30
const DAY = 24 * 60 * 60 * 1000
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'])

interface Trashed {
  documentId: string
  contentType: string
  entryDocumentId: string
  entryTitle: string
  snapshot: Array<Record<string, unknown>>
  deletedAt: string
  restoredAt: string | null
}

/** Turns a stored version back into input: relations and media as ids, components without their ids. */
function toInput(strapi: Core.Strapi, uid: string, version: Record<string, unknown>): Record<string, unknown> {
  const attributes = (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { type: string; relation?: string; multiple?: boolean; repeatable?: boolean }> }>)[uid]!.attributes
  const data: Record<string, unknown> = {}
  const stripIds = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stripIds)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, stripIds(inner)]))
    return value
  }
  for (const [field, value] of Object.entries(version)) {
    const attribute = attributes[field]
    if (!attribute || BOOKKEEPING.has(field) || value === undefined) continue
    if (attribute.type === 'relation') {
      data[field] = Array.isArray(value) ? value.map((item) => (item as { documentId: string }).documentId) : value ? (value as { documentId: string }).documentId : null
    } else if (attribute.type === 'media') {
      data[field] = Array.isArray(value) ? value.map((item) => (item as { id: number }).id) : value ? (value as { id: number }).id : null
    } else if (attribute.type === 'component') {
      data[field] = stripIds(value)
    } else {
      data[field] = value
    }
  }
  return data
}

async function restore(strapi: Core.Strapi, trashed: Trashed): Promise<void> {
  if (Date.now() - Date.parse(trashed.deletedAt) > RESTORE_DAYS * DAY) throw new errors.ValidationError(`Entries can be restored for ${RESTORE_DAYS} days after deletion.`)
  if (trashed.restoredAt) throw new errors.ValidationError('This entry was already restored.')
  const uid = trashed.contentType
  const [first, ...others] = trashed.snapshot
  if (!first) throw new errors.ValidationError('Nothing to restore.')
  // Restored as a draft, every locale it had (under a new documentId); an editor publishes it again.
  const documents = strapi.documents(uid as never)
  const created = (await documents.create({ data: toInput(strapi, uid, first), ...(first.locale ? { locale: first.locale } : {}) } as never)) as unknown as { documentId: string }
  for (const version of others) {
    await documents.update({ documentId: created.documentId, locale: version.locale, data: toInput(strapi, uid, version) } as never)
  }
  const user = currentAdminUser(strapi)
  await strapi.db.query(AUDIT).create({
    data: { action: 'restore', contentType: uid, entryDocumentId: created.documentId, entryTitle: trashed.entryTitle, locale: null, changedFields: [], userId: user?.id ?? null, userEmail: user?.email ?? 'system', at: new Date().toISOString() },
  })
}

/** An editor ticks "restore" on a deleted entry and saves: the entry comes back as a draft. */
export function restoreDeleted(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== TRASH || context.action !== 'update') return next()
    const params = context.params as { documentId: string; data?: Record<string, unknown> }
    if (params.data?.restore !== true) return next()
    const trashed = (await strapi.db.query(TRASH).findOne({ where: { documentId: params.documentId } })) as Trashed | null
    if (!trashed) return next()
    await restore(strapi, trashed)
    params.data = { restore: false, restoredAt: new Date().toISOString() }
    return next()
  }
}

/** Deleted entries older than the restore period are gone for good. Returns how many. */
export async function purgeOldDeletedEntries(strapi: Core.Strapi, now = Date.now()): Promise<number> {
  const { count } = await strapi.db.query(TRASH).deleteMany({ where: { deletedAt: { $lt: new Date(now - RESTORE_DAYS * DAY).toISOString() } } })
  return count
}
