import type { Core } from '@strapi/strapi'
import { answerForbidden } from './route-answers'

const FILE = 'plugin::upload.file'
const UPDATE = 'plugin::upload.assets.update'

export interface Ability { can(action: string, subject: unknown): boolean; rulesFor(action: string, subject: string): Array<{ conditions?: unknown }> }
interface PermissionsManager { toSubject(entity: object, model: string): unknown }
interface Ctx { state: { user?: { id: number }; userAbility?: Ability }; request: { body?: unknown }; status: number; body: unknown }
interface PluginRoute { method: string; path: string; config?: { middlewares?: unknown[] } }

/** The file ids a bulk or folder action of the upload plugin names, and whether it names folders. */
function targetsOf(path: string, body: unknown): { fileIds: unknown[]; touchesFolders: boolean } {
  const input = (body && typeof body === 'object' ? body : {}) as { fileIds?: unknown; folderIds?: unknown; updates?: unknown }
  const list = (value: unknown) => (Array.isArray(value) ? value : [])
  const updates = list(input.updates).map((update) => (update && typeof update === 'object' ? (update as { id?: unknown }).id : update))
  return { fileIds: [...list(input.fileIds), ...updates], touchesFolders: path.startsWith('/folders') || list(input.folderIds).length > 0 }
}

/** An account whose file permissions carry a condition (a contributor's "own files only"). */
export const isConfined = (ability: Ability | undefined): ability is Ability =>
  Boolean(ability?.rulesFor(UPDATE, FILE).some((rule) => rule.conditions && Object.keys(rule.conditions as object).length > 0))

const refuse = answerForbidden

/**
 * The "own files only" condition on every route of the media library, not just the single-file
 * ones: Strapi's bulk delete, bulk move, bulk update and AI-metadata actions check only that the
 * account may update some file, so a contributor could delete or rewrite anybody's. For an account
 * whose file permissions carry a condition, every file named must pass it, and folders, which
 * have no owner and whose deletion takes every file inside, are not theirs to change.
 */
const ownFilesOnly = (strapi: Core.Strapi, routePath: string) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  const ability = ctx.state.userAbility
  if (!isConfined(ability)) return next()
  const { fileIds, touchesFolders } = targetsOf(routePath, ctx.request.body)
  if (touchesFolders) return refuse(ctx, 'Folders are shared; only platform editors change or delete them.')
  const ids = fileIds.map(Number).filter(Number.isInteger)
  if (ids.length !== fileIds.length) return refuse(ctx, 'Files are named by their ids.')
  const files = (await strapi.db.query(FILE).findMany({ where: { id: { $in: ids } }, populate: ['createdBy'] })) as object[]
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability, action: UPDATE, model: FILE }) as PermissionsManager
  if (files.length !== new Set(ids).size || !files.every((file) => ability.can(UPDATE, manager.toSubject(file, FILE)))) {
    return refuse(ctx, 'Only your own files can be changed or deleted.')
  }
  if (routePath === '/actions/bulk-update' && (await anyInUse(strapi, ids))) return refuse(ctx, IN_USE)
  return next()
}

const IN_USE = 'This file is used by an entry: upload a new file and choose it in the entry instead, so the change is reviewed.'

/** Whether an entry uses any of these files (the upload plugin's morph links). */
async function anyInUse(strapi: Core.Strapi, ids: number[]): Promise<boolean> {
  if (ids.length === 0) return false
  const { joinTable } = strapi.db.metadata.get(FILE).attributes.related as unknown as { joinTable: { name: string; joinColumn: { name: string } } }
  const rows = await strapi.db.connection(joinTable.name).whereIn(joinTable.joinColumn.name, ids).count({ count: '*' })
  return Number((rows[0] as { count?: number | string } | undefined)?.count ?? 0) > 0
}

/**
 * A contributor's file that an entry uses was reviewed with that entry: replacing its bytes or
 * its text (`POST /upload?id=`, `/files/:id/replace`, `PUT /files/:id`) would change what is
 * published without review and without a trace. Confined accounts upload a new file instead.
 */
const noReplaceInUse = (strapi: Core.Strapi) => async (ctx: Ctx & { params?: { id?: string }; query?: { id?: string } }, next: () => Promise<unknown>) => {
  const id = Number(ctx.params?.id ?? ctx.query?.id)
  if (!isConfined(ctx.state.userAbility) || !Number.isInteger(id)) return next()
  if (await anyInUse(strapi, [id])) return refuse(ctx, IN_USE)
  return next()
}

/** Routes of the upload plugin's admin router that act on several files or on folders. */
const GUARDED = /^\/(?:actions\/(?:bulk-delete|bulk-move|bulk-update|generate-ai-metadata)|ai-metadata-jobs|folders(?:\/:id)?)$/

export function confineMediaLibraryToOwnFiles(strapi: Core.Strapi): void {
  const routers = strapi.plugin('upload').routes as unknown as Record<string, { routes: PluginRoute[] }>
  for (const route of routers.admin?.routes ?? []) {
    const replaces = (route.method === 'POST' && (route.path === '/' || route.path === '/files/:id/replace')) || (route.method === 'PUT' && route.path === '/files/:id')
    if (replaces) {
      route.config ??= {}
      route.config.middlewares = [...(route.config.middlewares ?? []), noReplaceInUse(strapi)]
    }
    if (route.method === 'GET' || !GUARDED.test(route.path)) continue
    route.config ??= {}
    route.config.middlewares = [...(route.config.middlewares ?? []), ownFilesOnly(strapi, route.path)]
  }
}
