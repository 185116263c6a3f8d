import type { Core } from '@strapi/strapi'
import { typeOfFile } from '../security/file-signature'

/** What editors may put in the media library: pictures and documents, nothing a browser runs. */
export const UPLOAD_ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif', 'application/pdf']

/**
 * Refused whatever the allow list says: SVG and HTML run script when opened from the CMS's own
 * origin (the GHSA-pcw7-5633-82vv class), as do XML and JavaScript.
 */
export const UPLOAD_DENIED_TYPES = ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'application/xml', 'text/xml', 'text/javascript', 'application/javascript']

/** The largest file an editor may upload, in bytes (UPLOAD_MAX_BYTES; 10 MB by default). */
export const uploadMaxBytes = () => {
  const configured = Number(process.env.UPLOAD_MAX_BYTES)
  return Number.isFinite(configured) && configured > 0 ? configured : 10 * 1024 * 1024
}

interface UploadedFile { filepath?: string; originalFilename?: string | null }
interface PluginRoute { method: string; path: string; config?: { middlewares?: unknown[] } }

/** Every file in a multipart request must really be one of the allowed formats. */
const requireKnownSignature = async (ctx: any, next: () => Promise<unknown>) => {
  const files = Object.values((ctx.request.files ?? {}) as Record<string, UploadedFile | UploadedFile[]>).flat()
  for (const file of files) {
    if (!file.filepath || !(await typeOfFile(file.filepath))) {
      ctx.status = 400
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: `${file.originalFilename ?? 'The file'} is not a JPEG, PNG, WebP, GIF, AVIF or PDF file.`, details: {} } }
      return
    }
  }
  return next()
}

/**
 * Upload rules for the media library: Strapi's allow and deny lists (it checks the declared type,
 * the extension and the sniffed type), our byte signature check on every upload route, and a
 * size limit over which the upload plugin answers 413.
 */
export function restrictUploads(strapi: Core.Strapi): void {
  strapi.config.set('plugin::upload.security', { allowedTypes: UPLOAD_ALLOWED_TYPES, deniedTypes: UPLOAD_DENIED_TYPES })
  strapi.config.set('plugin::upload.sizeLimit', uploadMaxBytes())
  const routers = strapi.plugin('upload').routes as unknown as Record<string, { routes: PluginRoute[] }>
  for (const router of Object.values(routers)) {
    for (const route of router.routes) {
      if (route.method !== 'POST' || !/^\/(?:files(?:\/:id\/replace)?)?$/.test(route.path)) continue
      route.config ??= {}
      route.config.middlewares = [...(route.config.middlewares ?? []), requireKnownSignature]
    }
  }
}
