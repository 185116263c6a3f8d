import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { isContributor, isSuperAdmin, type AdminUser } from '../editorial/contributors'
import type { Ability } from './media-library-ownership'
import { guardControllerAction } from './route-answers'

export interface Ctx { state: { user?: AdminUser; userAbility?: Ability }; request: { query?: Record<string, unknown> }; params?: { model?: string } }
export type Action = (ctx: Ctx, next?: unknown) => Promise<unknown>
interface Counts { draft: number; published: number; modified: number }
interface Row { documentId: string; updatedAt?: string | number | Date | null }
interface PermissionChecker { sanitizedQuery: { read(query: object): Promise<Record<string, unknown>> } }
interface ContentType { options?: { draftAndPublish?: boolean }; pluginOptions?: { 'content-manager'?: { visible?: boolean } } }

const READ = 'plugin::content-manager.explorer.read'

const guard = (controller: unknown, action: string, check: (ctx: Ctx, original: Action) => Promise<unknown>) => guardControllerAction<Ctx>(controller, action, check)

const time = (value: Row['updatedAt']) => (value === null || value === undefined ? 0 : new Date(value).getTime())

/** The latest `updatedAt` of each document among these rows (one per locale). */
function latestByDocument(rows: Row[]): Map<string, number> {
  const latest = new Map<string, number>()
  for (const row of rows) latest.set(row.documentId, Math.max(latest.get(row.documentId) ?? 0, time(row.updatedAt)))
  return latest
}

/**
 * The homepage's entry counts over only the documents this account may read: Strapi counts every
 * row of every type the account may open, whatever the conditions. The buckets are Strapi's: no
 * published version is a draft; a published version as recent as the draft is published; else modified.
 */
async function readableCounts(strapi: Core.Strapi, ability: Ability): Promise<Counts> {
  const checkers = strapi.plugin('content-manager').service('permission-checker') as unknown as { create(options: object): PermissionChecker }
  const counts: Counts = { draft: 0, published: 0, modified: 0 }
  const types = Object.entries(strapi.contentTypes as unknown as Record<string, ContentType>)
    .filter(([uid, type]) => type.pluginOptions?.['content-manager']?.visible !== false && ability.can(READ, uid))
  for (const [uid, type] of types) {
    const query = await checkers.create({ userAbility: ability, model: uid }).sanitizedQuery.read({ fields: ['documentId', 'updatedAt'], locale: '*' })
    const documents = strapi.documents(uid as never) as unknown as { findMany(params: object): Promise<Row[]> }
    if (!type.options?.draftAndPublish) {
      counts.published += latestByDocument(await documents.findMany(query)).size
      continue
    }
    const drafts = latestByDocument(await documents.findMany({ ...query, status: 'draft' }))
    const published = latestByDocument(await documents.findMany({ ...query, status: 'published' }))
    for (const [documentId, draftTime] of drafts) {
      const publishedTime = published.get(documentId)
      if (publishedTime === undefined) counts.draft += 1
      else if (publishedTime === draftTime) counts.published += 1
      else counts.modified += 1
    }
  }
  return counts
}

const isStringList = (value: unknown): boolean => typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))

/**
 * Admin counts that looked past the conditions on what an account reads (issue 13):
 * - the homepage's "Entries" widget (`/content-manager/homepage/count-documents`) counted every
 *   initiative's entries for a contributor: now only those they may read;
 * - the "Project statistics" widget (`/admin/homepage/key-statistics`: files, admin accounts, API
 *   tokens, webhooks), which the admin shows the super admin only, answered anybody: now 403;
 * - the draft-relation counts of the publish dialogs (`countDraftRelations`,
 *   `countManyEntriesDraftRelations`, the latter checking no entry at all) counted other
 *   initiatives' entries and told which document ids exist: contributors never publish, so 403;
 *   for everyone, `documentIds` is a list of ids, not a filter (`documentIds[$ne]=x`): else 400;
 * - the bulk-publish validation read (`bulkFindForValidation`) returned other initiatives'
 *   drafts in every locale to a contributor: 403.
 */
export function scopeAdminCounts(strapi: Core.Strapi): void {
  guard(strapi.plugin('content-manager').controller('homepage'), 'getCountDocuments', async (ctx, original) => {
    if (!isContributor(ctx.state.user ?? null) || !ctx.state.userAbility) return original(ctx)
    return { data: await readableCounts(strapi, ctx.state.userAbility) }
  })

  guard(strapi.controller('admin::homepage'), 'getKeyStatistics', async (ctx, original) => {
    if (!isSuperAdmin(ctx.state.user)) throw new errors.ForbiddenError('Project statistics are for the super admin.')
    return original(ctx)
  })

  const noContributors = async (ctx: Ctx, original: Action) => {
    if (isContributor(ctx.state.user ?? null)) throw new errors.ForbiddenError('Initiative contributors do not publish, so they count no draft relations.')
    return original(ctx)
  }
  guard(strapi.plugin('content-manager').controller('collection-types'), 'countDraftRelations', noContributors)
  guard(strapi.plugin('content-manager').controller('single-types'), 'countDraftRelations', noContributors)
  // The bulk-publish dialog's validation read: full entries with every locale of each, drafts
  // included, checking only that the account reads something of the type.
  guard(strapi.plugin('content-manager').controller('collection-types'), 'bulkFindForValidation', async (ctx, original) => {
    if (isContributor(ctx.state.user ?? null)) throw new errors.ForbiddenError('Initiative contributors do not publish, so they validate no entries for publishing.')
    return original(ctx)
  })
  guard(strapi.plugin('content-manager').controller('collection-types'), 'countManyEntriesDraftRelations', async (ctx, original) => {
    if (!isStringList(ctx.request.query?.documentIds)) throw new errors.ValidationError('documentIds must be a list of document ids.')
    return noContributors(ctx, original)
  })
}
