import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { isSuperAdmin } from '../editorial/contributors'
import { guardControllerAction } from './route-answers'

interface Ctx { state: { user?: { roles?: Array<{ code: string }> } } }

/**
 * Admin actions Strapi opens to every signed-in account (no permission behind them) although they
 * act for the whole platform; with editors' and contributors' accounts treated as stealable
 * (issue 13), they are the super admin's alone.
 */
const SUPER_ADMIN_ACTIONS = [
  // PUT /i18n/settings: the languages' settings (AI translation) for every account.
  { plugin: 'i18n', controller: 'settings', action: 'updateSettings' },
  // POST /email: any mail, to any address, from the platform's own sender: an open relay.
  { plugin: 'email', controller: 'email', action: 'send' },
  // PUT /content-manager/components/:uid/configuration: every account's edit view of a component
  // (labels, hidden or read-only fields); the same for a content type already takes configure-view.
  { plugin: 'content-manager', controller: 'components', action: 'updateComponentConfiguration' },
  // GET /users-permissions/permissions and /routes: every content-API route and action, for the
  // site-account roles this platform does not use (their role screens are 403 already).
  { plugin: 'users-permissions', controller: 'permissions', action: 'getPermissions' },
  { plugin: 'users-permissions', controller: 'permissions', action: 'getRoutes' },
] as const

export function platformSettingsForSuperAdminOnly(strapi: Core.Strapi): void {
  for (const { plugin, controller, action } of SUPER_ADMIN_ACTIONS) {
    guardControllerAction<Ctx>(strapi.plugin(plugin)?.controller(controller), action, async (ctx, original) => {
      if (!isSuperAdmin(ctx.state.user)) throw new errors.ForbiddenError('Only the super admin changes platform settings.')
      return original(ctx)
    })
  }
}

interface GuidedTourMeta { data?: { isFirstSuperAdminUser?: boolean; schemas?: unknown } }
interface Information { data?: Record<string, unknown> }

/**
 * Admin routes any signed-in account reaches (issue 13, a second look):
 * - `GET /admin/license-trial-time-left` asks Strapi's licence server and answered 500 without an
 *   Enterprise licence: without one there is no trial, `{ trialEndsAt: null }`, no outgoing call;
 * - `GET /admin/guided-tour-meta` returned every content type's schema, private ones included, to
 *   every account: the tour is the first super admin's, others get no schemas;
 * - `GET /admin/information` told every account the exact Strapi, Node and dependency versions
 *   (what to look up known flaws for) and the project id: for the super admin only.
 */
export function quietAdminMeta(strapi: Core.Strapi): void {
  const controller = strapi.controller('admin::admin')
  guardControllerAction<Ctx>(controller, 'licenseTrialTimeLeft', async (ctx, original) =>
    (strapi as unknown as { ee?: { isEE?: boolean } }).ee?.isEE ? original(ctx) : { trialEndsAt: null })
  guardControllerAction<Ctx>(controller, 'getGuidedTourMeta', async (ctx, original) => {
    const answer = (await original(ctx)) as GuidedTourMeta
    if (isSuperAdmin(ctx.state.user) || !answer?.data) return answer
    return { data: { ...answer.data, schemas: {} } }
  })
  guardControllerAction<Ctx>(controller, 'information', async (ctx, original) => {
    const answer = (await original(ctx)) as Information
    if (isSuperAdmin(ctx.state.user) || !answer?.data) return answer
    return { data: { ...answer.data, strapiVersion: null, dependencies: {}, nodeVersion: null, projectId: null } }
  })
}
