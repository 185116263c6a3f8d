import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { isSuperAdmin } from '../editorial/contributors'
import { READ_ONLY_TOKEN, tokenCreators } from './api-token-rules'

interface Ctx { state: { user?: { id: number | string; roles?: Array<{ code: string }> } }; params: { id?: string } }
type Action = (ctx: Ctx, next?: unknown) => Promise<unknown>

/**
 * Revoking an API token (`DELETE /admin/api-tokens/:id`), with editors' accounts treated as
 * stealable (issue 13): Strapi lets anyone holding `api-tokens.delete` revoke every token, the
 * super admin's included, so a stolen editor account could cut off every partner. The super
 * admin revokes any token; anyone else only a read-only token they made themselves (who made a
 * token is recorded by api-token-rules.ts). Guarded at the route: the revocations the server
 * makes itself (a deactivated account's tokens, the default token) are not requests.
 */
export function guardTokenRevocation(strapi: Core.Strapi): void {
  const controller = strapi.controller('admin::api-token') as unknown as Record<string, unknown> | undefined
  const revoke = controller?.revoke as Action | undefined
  if (!controller || !revoke) throw new Error('Strapi changed: admin::api-token.revoke is gone; review api-token-revocation.ts')
  controller.revoke = async function (this: unknown, ctx: Ctx, next?: unknown) {
    const user = ctx.state.user
    if (!user || !isSuperAdmin(user)) {
      const id = String(ctx.params.id ?? '')
      const madeByThem = user !== undefined && (await tokenCreators(strapi))[id] === String(user.id)
      const token = madeByThem && /^\d+$/.test(id) ? ((await strapi.db.query('admin::api-token').findOne({ where: { id: Number(id) }, select: ['type'] })) as { type?: string } | null) : null
      if (token?.type !== READ_ONLY_TOKEN) throw new errors.ForbiddenError('Only the super admin revokes API tokens made by someone else; editors revoke the read-only tokens they made.')
    }
    return revoke.call(this, ctx, next)
  }
}
