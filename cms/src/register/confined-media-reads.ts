import type { Core } from '@strapi/strapi'
import { isConfined, type Ability } from './media-library-ownership'
import { answerForbidden } from './route-answers'

const FILE = 'plugin::upload.file'
const READ = 'plugin::upload.read'

interface PermissionsManager { getQuery(action?: string): Record<string, unknown> | undefined }
interface Folder { id?: unknown; files?: { count?: number } }
interface Ctx { state: { userAbility?: Ability }; status: number; body: unknown }
interface PluginRoute { method: string; path: string; config?: { middlewares?: unknown[] } }

const refuse = (ctx: Ctx) => answerForbidden(ctx, 'AI metadata jobs run over the whole media library; only platform editors start or follow them.')

/**
 * A folder's file count as the account may see it: Strapi counts every file in the folder, so a
 * contributor browsing the editors' folders learnt how many files other accounts keep there.
 * For a confined account each count becomes the number of files in it that the account may read.
 */
async function countReadableFiles(strapi: Core.Strapi, ability: Ability, folders: Folder[]): Promise<void> {
  const ids = folders.map((folder) => Number(folder.id)).filter(Number.isInteger)
  if (ids.length === 0) return
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability, action: READ, model: FILE }) as PermissionsManager
  const readable = manager.getQuery(READ) ?? {}
  const files = (await strapi.db.query(FILE).findMany({
    where: { $and: [{ folder: { id: { $in: ids } } }, readable] },
    select: ['id'],
    populate: { folder: { select: ['id'] } },
  })) as Array<{ folder?: { id?: number } | null }>
  const counts = new Map<number, number>()
  for (const file of files) if (file.folder?.id !== undefined) counts.set(file.folder.id, (counts.get(file.folder.id) ?? 0) + 1)
  for (const folder of folders) if (folder.files) folder.files = { ...folder.files, count: counts.get(Number(folder.id)) ?? 0 }
}

const readableFolderCounts = (strapi: Core.Strapi) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  await next()
  const ability = ctx.state.userAbility
  if (!isConfined(ability) || ctx.status !== 200) return
  const data = (ctx.body as { data?: Folder | Folder[] } | undefined)?.data
  if (data && typeof data === 'object') await countReadableFiles(strapi, ability, [data].flat())
}

const noLibraryJobs = async (ctx: Ctx, next: () => Promise<unknown>) => (isConfined(ctx.state.userAbility) ? refuse(ctx) : next())

/**
 * What a confined account (a contributor, whose file permissions carry "own files only") reads
 * of the media library beyond its own files: folders' file counts cover only files it may read,
 * and the AI-metadata jobs, which count, follow or rewrite every image in the library (the
 * pending count, the latest job, starting a job), are refused with 403.
 */
export function confineMediaLibraryReads(strapi: Core.Strapi): void {
  const routers = strapi.plugin('upload').routes as unknown as Record<string, { routes: PluginRoute[] }>
  for (const route of routers.admin?.routes ?? []) {
    const folders = route.method === 'GET' && (route.path === '/folders' || route.path === '/folders/:id')
    const jobs = route.path.startsWith('/ai-metadata-jobs')
    if (!folders && !jobs) continue
    route.config ??= {}
    route.config.middlewares = [...(route.config.middlewares ?? []), folders ? readableFolderCounts(strapi) : noLibraryJobs]
  }
}
