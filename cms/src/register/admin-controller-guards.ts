import type { Core } from '@strapi/strapi'
import { CONTRIBUTED_TYPES } from '../content-types'
import { isOwn } from '../editorial/contributor-guard'
import { initiativesOf, isContributor, type AdminUser } from '../editorial/contributors'

interface Ctx { state: { user?: AdminUser & { password?: string } }; request: { body?: unknown }; status: number; body: unknown }
type Action = (ctx: Ctx, next?: unknown) => Promise<unknown>

const refuse = (ctx: Ctx, status: 400 | 403, message: string) => {
  ctx.status = status
  ctx.body = { data: null, error: { status, name: status === 403 ? 'ForbiddenError' : 'ValidationError', message, details: {} } }
}

function wrap(controller: Record<string, unknown> | undefined, action: string, guard: (ctx: Ctx) => Promise<boolean>): void {
  const original = controller?.[action] as Action | undefined
  if (!controller || !original) throw new Error(`Strapi changed: controller action ${action} is gone; review admin-controller-guards.ts`)
  controller[action] = async function (this: unknown, ctx: Ctx, next?: unknown) {
    return (await guard(ctx)) ? original.call(this, ctx, next) : undefined
  }
}

const INITIATIVE = 'api::initiative.initiative'

/**
 * Two admin actions that checked less than their siblings (issue 13, second look):
 * - i18n's "non-localized fields" reads any entry by its numeric id with the database directly,
 *   past the RBAC conditions: a contributor listed other initiatives' draft fields. Contributors
 *   get it for their own entries only.
 * - Changing one's own e-mail asked for no password, so a stolen session (a 30-minute token)
 *   became the account for good through "forgot password". It now takes the current password.
 */
export function guardAdminControllers(strapi: Core.Strapi): void {
  wrap(strapi.plugin('i18n').controller('content-types') as unknown as Record<string, unknown>, 'getNonLocalizedAttributes', async (ctx) => {
    const user = ctx.state.user ?? null
    if (!isContributor(user)) return true
    const { model, id } = (ctx.request.body ?? {}) as { model?: unknown; id?: unknown }
    const readable = model === INITIATIVE || (CONTRIBUTED_TYPES as readonly unknown[]).includes(model)
    const row = readable && (typeof id === 'number' || typeof id === 'string')
      ? ((await strapi.db.query(model as never).findOne({ where: { id }, select: ['documentId'] })) as { documentId?: string } | null)
      : null
    if (row?.documentId && (await isOwn(strapi, model as string, row.documentId, await initiativesOf(strapi, user!.id)))) return true
    refuse(ctx, 403, 'This entry belongs to another initiative.')
    return false
  })

  wrap(strapi.controller('admin::authenticated-user') as unknown as Record<string, unknown>, 'updateMe', async (ctx) => {
    const body = (ctx.request.body ?? {}) as { email?: unknown; currentPassword?: unknown }
    const user = ctx.state.user
    if (body.email === undefined || !user || String(body.email).trim().toLowerCase() === user.email.toLowerCase()) return true
    const auth = strapi.service('admin::auth') as unknown as { validatePassword(password: string, hash: string): Promise<boolean> }
    if (typeof body.currentPassword === 'string' && user.password && (await auth.validatePassword(body.currentPassword, user.password))) return true
    refuse(ctx, 400, 'Changing the e-mail address of an account takes its current password.')
    return false
  })
}
