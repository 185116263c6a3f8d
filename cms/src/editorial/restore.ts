import type { Core, Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { AUDITED_TYPES } from '../content-types'
import { AUDIT, TRASH } from './audit'
import { currentAdminUser } from './contributors'

export const RESTORE_DAYS = 30
const DAY = 24 * 60 * 60 * 1000
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'])
/** Only what the audit trail copies can come back: the public types, nothing of the admin's own. */
const RESTORABLE = new Set<string>(AUDITED_TYPES)

interface Attribute { type: string; relation?: string; target?: string; multiple?: boolean; repeatable?: boolean }

interface Trashed {
  documentId: string
  contentType: string
  entryDocumentId: string
  entryTitle: string
  snapshot: Array<Record<string, unknown>>
  deletedAt: string
  restoredAt: string | null
}

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * Turns a stored version back into input: only the fields the type has, relations only to other
 * restorable types (as documentIds), media as ids, components without their ids.
 */
function toInput(strapi: Core.Strapi, uid: string, version: Record<string, unknown>): Record<string, unknown> {
  const attributes = (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, Attribute> }>)[uid]!.attributes
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
      if (!attribute.target || !RESTORABLE.has(attribute.target)) continue
      const documentIdOf = (item: unknown) => (isRecord(item) && typeof item.documentId === 'string' ? item.documentId : null)
      data[field] = Array.isArray(value) ? value.map(documentIdOf).filter(Boolean) : documentIdOf(value)
    } else if (attribute.type === 'media') {
      const idOf = (item: unknown) => (isRecord(item) && Number.isInteger(item.id) ? (item.id as number) : null)
      data[field] = Array.isArray(value) ? value.map(idOf).filter((id) => id !== null) : idOf(value)
    } else if (attribute.type === 'component') {
      data[field] = stripIds(value)
    } else {
      data[field] = value
    }
  }
  return data
}

interface PermissionChecker {
  cannot: { create(): boolean }
  sanitizeCreateInput(data: Record<string, unknown>): Promise<Record<string, unknown>>
}

/**
 * What the restoring account may create, checked the way the Content Manager checks a create:
 * the type must be creatable by it, and only the fields it may set are kept. A restore the
 * platform runs itself (no admin request) keeps everything.
 */
async function permittedInputs(strapi: Core.Strapi, uid: string, inputs: Array<Record<string, unknown>>): Promise<Array<Record<string, unknown>>> {
  const userAbility = strapi.requestContext.get()?.state?.userAbility as unknown
  if (!userAbility) return inputs
  const checker = (strapi.plugin('content-manager').service('permission-checker') as unknown as { create(options: { userAbility: unknown; model: string }): PermissionChecker }).create({ userAbility, model: uid })
  if (checker.cannot.create()) throw new errors.ForbiddenError('This account may not create entries of this type, so it cannot restore one.')
  return Promise.all(inputs.map((input) => checker.sanitizeCreateInput(input)))
}

async function restore(strapi: Core.Strapi, trashed: Trashed): Promise<void> {
  if (!RESTORABLE.has(trashed.contentType)) throw new errors.ValidationError('Only deleted content entries can be restored.')
  if (!Array.isArray(trashed.snapshot) || !trashed.snapshot.every(isRecord)) throw new errors.ValidationError('This copy is damaged and cannot be restored.')
  if (Date.now() - Date.parse(trashed.deletedAt) > RESTORE_DAYS * DAY) throw new errors.ValidationError(`Entries can be restored for ${RESTORE_DAYS} days after deletion.`)
  if (trashed.restoredAt) throw new errors.ValidationError('This entry was already restored.')
  const uid = trashed.contentType
  const data = await permittedInputs(strapi, uid, trashed.snapshot.map((version) => toInput(strapi, uid, version)))
  const inputs = trashed.snapshot.map((version, index) => ({ locale: typeof version.locale === 'string' ? version.locale : undefined, data: data[index]! }))
  const [first, ...others] = inputs
  if (!first) throw new errors.ValidationError('Nothing to restore.')
  const user = currentAdminUser(strapi)
  // Restored as a draft, every locale it had (under a new documentId); an editor publishes it again.
  const documents = strapi.documents(uid as never)
  const created = (await documents.create({ data: first.data, ...(first.locale ? { locale: first.locale } : {}) } as never)) as unknown as { documentId: string }
  for (const version of others) {
    await documents.update({ documentId: created.documentId, locale: version.locale, data: version.data } as never)
  }
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
