import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { isConfined, type Ability } from './media-library-ownership'
import { answerForbidden } from './route-answers'

const UPLOAD_SERVICE = 'plugin::upload.upload'
const ROOT_ONLY = 'Folders belong to the platform editors; contributors keep their files in the root of the media library.'

interface FileInfo { folder?: unknown }
interface UploadService {
  upload(input: { data: { fileInfo?: FileInfo | FileInfo[] } }, opts?: unknown): Promise<unknown>
  replace(id: unknown, input: { data: { fileInfo?: FileInfo } }, opts?: unknown): Promise<unknown>
  updateFileInfo(id: unknown, fileInfo: FileInfo, opts?: unknown): Promise<unknown>
}
interface ServiceRegistry { extend(uid: string, extendFn: (service: UploadService) => UploadService): void }
interface PluginRoute { method: string; path: string; config?: { middlewares?: unknown[] } }
interface Ctx { state: { userAbility?: Ability }; request: { body?: unknown }; status: number; body: unknown }

const inRoot = (folder: unknown) => folder === null || folder === undefined

/** Throws a 403 when the account behind the request is confined and names a folder. */
function requireRootFor(strapi: Core.Strapi, infos: FileInfo | FileInfo[] | undefined): void {
  const ability = (strapi.requestContext.get()?.state as { userAbility?: Ability } | undefined)?.userAbility
  if (!isConfined(ability)) return
  if ([infos ?? []].flat().some((info) => !inRoot(info?.folder))) throw new errors.ForbiddenError(ROOT_ONLY)
}

const bulkMoveToRootOnly = async (ctx: Ctx, next: () => Promise<unknown>) => {
  const destination = (ctx.request.body as { destinationFolderId?: unknown } | undefined)?.destinationFolderId
  if (!isConfined(ctx.state.userAbility) || inRoot(destination)) return next()
  answerForbidden(ctx, ROOT_ONLY)
}

/**
 * Contributors (accounts whose file permissions carry the own-files condition) may not put files
 * into the platform editors' folders. The folder of a file is set in three places: the upload
 * service's `upload`, `replace` and `updateFileInfo` (every upload, replace, file update and
 * bulk update ends there, whichever route or body spelling carried `fileInfo.folder`), and the
 * bulk move's `destinationFolderId`, which the upload plugin writes straight to the database.
 */
export function rootFolderOnlyForContributors(strapi: Core.Strapi): void {
  ;(strapi.get('services') as ServiceRegistry).extend(UPLOAD_SERVICE, (service) => {
    const upload = service.upload.bind(service)
    const replace = service.replace.bind(service)
    const updateFileInfo = service.updateFileInfo.bind(service)
    service.upload = async (input, opts) => { requireRootFor(strapi, input.data?.fileInfo); return upload(input, opts) }
    service.replace = async (id, input, opts) => { requireRootFor(strapi, input.data?.fileInfo); return replace(id, input, opts) }
    service.updateFileInfo = async (id, fileInfo, opts) => { requireRootFor(strapi, fileInfo); return updateFileInfo(id, fileInfo, opts) }
    return service
  })
  const routers = strapi.plugin('upload').routes as unknown as Record<string, { routes: PluginRoute[] }>
  for (const route of routers.admin?.routes ?? []) {
    if (route.method !== 'POST' || route.path !== '/actions/bulk-move') continue
    route.config ??= {}
    route.config.middlewares = [...(route.config.middlewares ?? []), bulkMoveToRootOnly]
  }
}
