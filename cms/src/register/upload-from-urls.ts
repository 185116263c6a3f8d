import type { Core } from '@strapi/strapi'
import { isSuperAdmin } from '../editorial/contributors'
import { answerForbidden } from './route-answers'

interface PluginRoute { method: string; path: string; config?: { middlewares?: unknown[] } }
interface Ctx { state: { user?: { roles?: Array<{ code: string }> } }; status: number; body: unknown }

const superAdminOnly = async (ctx: Ctx, next: () => Promise<unknown>) => {
  if (isSuperAdmin(ctx.state.user)) return next()
  answerForbidden(ctx, 'Importing files from URLs is reserved to the super admin; download the file and upload it instead.')
}

/**
 * `POST /upload/actions/upload-from-urls` makes the CMS fetch whatever URLs it is given. Strapi's
 * own address check misses 0.0.0.0 (this machine), redirects and DNS answers that change between
 * its look-up and the fetch, so an editor or contributor could make the server read the network
 * it runs in. Only the super admin, the one trusted account, may use it.
 */
export function uploadFromUrlsForSuperAdminOnly(strapi: Core.Strapi): void {
  const routers = strapi.plugin('upload').routes as unknown as Record<string, { routes: PluginRoute[] }>
  for (const router of Object.values(routers)) {
    for (const route of router.routes) {
      if (route.method !== 'POST' || route.path !== '/actions/upload-from-urls') continue
      route.config ??= {}
      route.config.middlewares = [...(route.config.middlewares ?? []), superAdminOnly]
    }
  }
}
