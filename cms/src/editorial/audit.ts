import type { Core, Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { AUDITED_TYPES, PRIVATE_TYPES } from '../content-types'
import { currentAdminUser } from './contributors'

export const AUDIT = 'api::audit-entry.audit-entry'
export const TRASH = 'api::deleted-entry.deleted-entry'
const AUDITED = new Set<string>(AUDITED_TYPES)
/** What an admin account does to the private types is recorded too: by id only, no personal data in the trail. */
const PRIVATE = new Set<string>(PRIVATE_TYPES)
const RECORDED = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft'])
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'])

type Entry = Record<string, unknown> & { documentId: string; locale?: string | null }

const titleOf = (entry: Partial<Entry> | null | undefined) =>
  String(entry?.title ?? entry?.name ?? entry?.statement ?? entry?.label ?? entry?.heroTitle ?? entry?.siteName ?? entry?.documentId ?? '').slice(0, 250)

/** Fields the request sets to a value different from what the entry held. */
function changedFields(before: Partial<Entry> | null, data: Record<string, unknown> | undefined): string[] {
  if (!data) return []
  return Object.keys(data).filter((field) => !BOOKKEEPING.has(field) && JSON.stringify(data[field] ?? null) !== JSON.stringify(before?.[field] ?? null)).sort()
}

async function record(strapi: Core.Strapi, entry: { action: string; uid: string; documentId: string; locale?: string | null; title: string; fields?: string[] }) {
  const user = currentAdminUser(strapi)
  await strapi.db.query(AUDIT).create({
    data: {
      action: entry.action,
      contentType: entry.uid,
      entryDocumentId: entry.documentId,
      entryTitle: entry.title,
      locale: entry.locale ?? null,
      changedFields: entry.fields ?? [],
      userId: user?.id ?? null,
      // No account: the platform itself (seeding, scheduled clean-up).
      userEmail: user?.email ?? 'system',
      at: new Date().toISOString(),
    },
  })
}

/** Every version (each locale, draft and published) of a document, with relations as documentIds. */
export async function snapshotOf(strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined): Promise<Entry[]> {
  const localized = Boolean((strapi.contentTypes as unknown as Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }>)[uid]?.pluginOptions?.i18n?.localized)
  return (await strapi.documents(uid as never).findMany({
    filters: { documentId },
    ...(localized ? { locale: locale && locale !== '*' ? locale : '*' } : {}),
    status: 'draft',
    populate: '*',
  } as never)) as unknown as Entry[]
}

/**
 * The audit trail: who created, changed, published, unpublished or deleted which entry, in which
 * locale, and which fields changed. Append-only: nobody, not even a super admin, can change or
 * delete a record (writes to it outside this middleware are refused). A deleted entry is also
 * copied to "Deleted entries", from where an editor restores it for 30 days.
 */
export function auditTrail(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const uid = context.uid as string
    if (uid === AUDIT && context.action !== 'findMany' && context.action !== 'findOne' && context.action !== 'findFirst' && context.action !== 'count') {
      throw new errors.ForbiddenError('The audit trail is append-only.')
    }
    if (PRIVATE.has(uid) && RECORDED.has(context.action) && currentAdminUser(strapi)) {
      const params = context.params as { documentId?: string }
      const result = await next()
      const documentId = params.documentId ?? (result as Partial<Entry> | null)?.documentId ?? ''
      await record(strapi, { action: context.action, uid, documentId, title: documentId, fields: context.action === 'update' ? Object.keys((context.params as { data?: object }).data ?? {}).sort() : [] })
      return result
    }
    if (!AUDITED.has(uid) || !RECORDED.has(context.action)) return next()
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> }

    if (context.action === 'create') {
      const created = await next()
      const entry = created as unknown as Entry
      await record(strapi, { action: 'create', uid, documentId: entry.documentId, locale: entry.locale, title: titleOf(entry), fields: changedFields(null, params.data) })
      return created
    }
    const documentId = params.documentId ?? ''
    if (context.action === 'update') {
      const [before] = await snapshotOf(strapi, uid, documentId, params.locale ?? 'en')
      const result = await next()
      await record(strapi, { action: 'update', uid, documentId, locale: params.locale ?? before?.locale, title: titleOf(before ?? (result as Entry)), fields: changedFields(before ?? null, params.data) })
      return result
    }
    if (context.action === 'delete') {
      const versions = await snapshotOf(strapi, uid, documentId, params.locale)
      if (versions.length > 0) {
        const user = currentAdminUser(strapi)
        await strapi.db.query(TRASH).create({
          data: {
            contentType: uid,
            entryDocumentId: documentId,
            entryTitle: titleOf(versions[0]),
            locales: versions.map((version) => version.locale ?? null),
            snapshot: versions,
            deletedAt: new Date().toISOString(),
            deletedBy: user?.email ?? 'system',
            restore: false,
          },
        })
      }
      const result = await next()
      await record(strapi, { action: 'delete', uid, documentId, locale: params.locale ?? null, title: titleOf(versions[0]) })
      return result
    }
    const result = await next()
    const [current] = await snapshotOf(strapi, uid, documentId, params.locale ?? 'en')
    await record(strapi, { action: context.action, uid, documentId, locale: params.locale ?? null, title: titleOf(current) })
    return result
  }
}

interface MediaFile { id: number; name?: string; hash?: string }

/**
 * Deleting media is in the audit trail too, by whatever route it happens: one file, the bulk
 * action, or a folder taking its files with it.
 */
export function auditMediaDeletions(strapi: Core.Strapi): void {
  const recordFiles = async (files: MediaFile[]) => {
    for (const file of files) await record(strapi, { action: 'delete', uid: 'plugin::upload.file', documentId: String(file.id), title: String(file.name ?? file.hash ?? file.id).slice(0, 250) })
  }
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    async afterDelete(event) {
      const file = (event as unknown as { result?: MediaFile }).result
      if (file) await recordFiles([file])
    },
    async beforeDeleteMany(event) {
      const where = (event as unknown as { params?: { where?: object } }).params?.where ?? {}
      await recordFiles((await strapi.db.query('plugin::upload.file').findMany({ where, select: ['id', 'name', 'hash'] })) as MediaFile[])
    },
  })
}
