/** A Strapi-shaped 403 from a route middleware, which answers before the controller runs. */
export function answerForbidden(ctx: { status: number; body: unknown }, message: string): void {
  ctx.status = 403
  ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message, details: {} } }
}

type Action<Ctx> = (ctx: Ctx, next?: unknown) => Promise<unknown>

/**
 * Wraps one action of a Strapi controller with a check that answers instead or calls the
 * original (with Strapi's `this` and `next`). Throws at boot when Strapi renamed the action, so
 * a protection cannot silently fall away on an upgrade.
 */
export function guardControllerAction<Ctx>(controller: unknown, action: string, check: (ctx: Ctx, original: (ctx: Ctx) => Promise<unknown>) => Promise<unknown>): void {
  const actions = controller as Record<string, Action<Ctx>> | undefined
  const original = actions?.[action]
  if (!actions || !original) throw new Error(`Strapi changed: controller action ${action} is gone; review the guard around it`)
  actions[action] = async function (this: unknown, ctx: Ctx, next?: unknown) {
    return check(ctx, (innerCtx) => original.call(this, innerCtx, next))
  }
}
