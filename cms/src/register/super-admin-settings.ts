import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { isSuperAdmin } from '../editorial/contributors'

interface Ctx { state: { user?: { roles?: Array<{ code: string }> } } }
type Action = (ctx: Ctx, next?: unknown) => Promise<unknown>

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
] as const

export function platformSettingsForSuperAdminOnly(strapi: Core.Strapi): void {
  for (const { plugin, controller: name, action } of SUPER_ADMIN_ACTIONS) {
    const controller = strapi.plugin(plugin)?.controller(name) as unknown as Record<string, unknown> | undefined
    const original = controller?.[action] as Action | undefined
    if (!controller || !original) throw new Error(`Strapi changed: ${plugin} ${name}.${action} is gone; review super-admin-settings.ts`)
    controller[action] = async function (this: unknown, ctx: Ctx, next?: unknown) {
      if (!isSuperAdmin(ctx.state.user)) throw new errors.ForbiddenError('Only the super admin changes platform settings.')
      return original.call(this, ctx, next)
    }
  }
}

interface GuidedTourMeta { data?: { isFirstSuperAdminUser?: boolean; schemas?: unknown } }

/**
 * Two admin routes any signed-in account reaches (issue 13, a second look):
 * - `GET /admin/license-trial-time-left` asks Strapi's licence server and answered 500 without an
 *   Enterprise licence: without one there is no trial, `{ trialEndsAt: null }`, no outgoing call;
 * - `GET /admin/guided-tour-meta` returned every content type's schema, private ones included, to
 *   every account: the tour is the first super admin's, others get no schemas.
 */
export function quietAdminMeta(strapi: Core.Strapi): void {
  const controller = strapi.controller('admin::admin') as unknown as Record<string, Action> | undefined
  const trial = controller?.licenseTrialTimeLeft
  const tour = controller?.getGuidedTourMeta
  if (!controller || !trial || !tour) throw new Error('Strapi changed: admin.licenseTrialTimeLeft or getGuidedTourMeta is gone; review super-admin-settings.ts')
  controller.licenseTrialTimeLeft = async function (this: unknown, ctx: Ctx, next?: unknown) {
    if (!(strapi as unknown as { ee?: { isEE?: boolean } }).ee?.isEE) return { trialEndsAt: null }
    return trial.call(this, ctx, next)
  }
  controller.getGuidedTourMeta = async function (this: unknown, ctx: Ctx, next?: unknown) {
    const answer = (await tour.call(this, ctx, next)) as GuidedTourMeta
    if (isSuperAdmin(ctx.state.user) || !answer?.data) return answer
    return { data: { ...answer.data, schemas: {} } }
  }
}
